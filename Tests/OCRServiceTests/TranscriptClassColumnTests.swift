import Contracts
import Testing
@testable import OCRService

/// A KHS printing the class section (Kelas A, B, C) and a 0-100 score (Nilai Angka) beside the
/// letter grade (Nilai Huruf): the grade is the letter under "Huruf", never the section letter.
@Suite struct TranscriptClassColumnTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func theSectionLetterIsNoGrade() {
        var words = line(100, [("No", 90), ("Kode", 140), ("Mata Kuliah", 300), ("Kelas", 800), ("SKS", 900), ("Angka", 980), ("Huruf", 1080), ("Bobot", 1180)])
        let rows = [("MAT101", "Kalkulus I", "A", 3, "78", "B"), ("FIS101", "Fisika Dasar", "B", 2, "91", "A"),
                    ("KIM101", "Kimia Dasar", "A", 3, "55", "C"), ("IF101", "Algoritma", "C", 4, "84", "AB")]
        for (index, row) in rows.enumerated() {
            words += line(140 + 40 * index, [("\(index + 1)", 92), (row.0, 140), (row.1, 300), (row.2, 815), ("\(row.3)", 910), (row.4, 990), (row.5, 1095), ("3,00", 1185)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B", "A", "C", "AB"])
        #expect(table.rows.map(\.name) == ["Kalkulus I", "Fisika Dasar", "Kimia Dasar", "Algoritma"])
        #expect(table.rows.map(\.sks) == [3, 2, 3, 4])
        // "Nilai Angka" is the score's label, whole, when a "Nilai Huruf" stands beside it
        #expect(TranscriptTable.header(of: line(100, [("Kelas", 800), ("SKS", 900), ("Nilai Angka", 980), ("Nilai Huruf", 1150)])).map(\.column) == [.other, .sks, .other, .grade])
    }
}
