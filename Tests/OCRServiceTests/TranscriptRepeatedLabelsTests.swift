import Contracts
import Testing
@testable import OCRService

/// Two tables side by side under one repeated header line; the left table's grades all lost by
/// OCR: the page is still cut at the labels' repeat, the right table read whole and the left's
/// rows counted unreadable (to be re-read, never silently dropped).
@Suite struct TranscriptRepeatedLabelsTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func theRightTableIsReadAndTheLeftCountedWhenItsGradesAreLost() {
        var words = line(100, [("Kode", 90), ("Mata Kuliah", 200), ("SKS", 420), ("Nilai", 500), ("Kode", 790), ("Mata Kuliah", 900), ("SKS", 1120), ("Nilai", 1200)])
        let left = [("IF101", "Kalkulus I", "3"), ("IF102", "Fisika Dasar", "2"), ("IF103", "Kimia Dasar", "3")]
        let right = [("IF201", "Basis Data", "3", "A"), ("IF202", "Struktur Data", "2", "B+"), ("IF203", "Sistem Digital", "3", "AB")]
        for index in 0..<3 {
            let l = left[index], r = right[index]
            words += line(140 + 40 * index, [(l.0, 90), (l.1, 200), (l.2, 425), (r.0, 790), (r.1, 900), (r.2, 1125), (r.3, 1205)])
        }
        let lines = TranscriptTable.rows(of: words)
        #expect(TranscriptTable.sideBySide(words, lines: lines, scale: .indonesian) == nil, "one grade column only")
        #expect(TranscriptTable.tables(words, scale: .indonesian).count == 2)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["IF201", "IF202", "IF203"])
        #expect(table.rows.map(\.grade) == ["A", "B+", "AB"])
        #expect(table.unreadableRows == 3)
    }
}
