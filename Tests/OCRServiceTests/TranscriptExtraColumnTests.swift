import Contracts
import Testing
@testable import OCRService

/// Columns beside the course name: numeric codes ("3191043"), an academic period ("20241"), a
/// course type (Sifat: W, P). The code is the code; none of them is part of the name.
@Suite struct TranscriptExtraColumnTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

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

    @Test func aCourseTypeColumnIsNoPartOfTheName() {
        var words = line(220, [("Kode", 40), ("Mata Kuliah", 200), ("Sifat", 760), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("EKA103", 40), ("Pengantar Akuntansi I", 200), ("W", 770), ("3", 900), ("B", 1000)])
        words += line(302, [("EKA505", 40), ("Auditing I", 200), ("P", 770), ("3", 900), ("C", 1000)])
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.name) == ["Pengantar Akuntansi I", "Auditing I"])
        // the same column under a label the reader does not know is cut off by its distance
        var unnamed = line(220, [("Kode", 40), ("Mata Kuliah", 200), ("Catatan", 760), ("SKS", 900), ("Nilai", 1000)])
        unnamed += line(262, [("EKA103", 40), ("Pengantar Akuntansi I", 200), ("Wjb", 770), ("3", 900), ("B", 1000)])
        #expect(TranscriptTable(words: unnamed, scale: .indonesian).rows.map(\.name) == ["Pengantar Akuntansi I"])
    }
}
