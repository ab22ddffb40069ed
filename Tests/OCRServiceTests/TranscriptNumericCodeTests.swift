import Contracts
import Testing
@testable import OCRService

/// Campuses that number their courses ("3191043") and print the academic period ("20241") in
/// a column of its own: the code is the code, and neither number is part of the course name.
@Suite struct TranscriptNumericCodeTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] {
        cells.flatMap { text, x in
            var offset = x
            return text.split(separator: " ").map { part in
                defer { offset += part.count * 12 + 10 }
                return OCRWord(text: String(part), box: Box(x: offset, y: y, width: part.count * 12, height: 20), confidence: 0.9)
            }
        }
    }

    @Test func aNumericCodeIsTheCodeAndNoPartOfTheName() {
        var words = line(220, [("No", 60), ("Kode", 120), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("1", 60), ("3191043", 120), ("Kalkulus 2", 300), ("3", 900), ("AB", 1000)])
        words += line(302, [("2", 60), ("3191051", 120), ("Basis Data", 300), ("2", 900), ("B", 1000)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == [
            CourseRow(code: "3191043", name: "Kalkulus 2", sks: 3, grade: "AB"),
            CourseRow(code: "3191051", name: "Basis Data", sks: 2, grade: "B"),
        ])
    }

    @Test func aPeriodColumnTheHeaderDoesNotNameStaysOutOfTheName() {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 240), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("IF21301", 60), ("Struktur Data", 240), ("20241", 700), ("3", 900), ("A", 1000)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == [CourseRow(code: "IF21301", name: "Struktur Data", sks: 3, grade: "A")])
    }

    @Test func shortNumbersAreNoCodes() {
        #expect(TranscriptTable.codeValue("3191043") == "3191043")
        #expect(TranscriptTable.codeValue("12") == nil)
        #expect(TranscriptTable.codeValue("1234") == nil)
        #expect(TranscriptTable.isLongNumber("20241"))
        #expect(!TranscriptTable.isLongNumber("2"))
    }
}
