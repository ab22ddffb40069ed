import Contracts
import Testing
@testable import OCRService

/// "Nilai" over a letter and its points ("B | 3.00", the sub-labels "Huruf | Angka" lost): the
/// letter is the grade, and a row whose letter OCR lost takes the letter its points stand for.
@Suite struct TranscriptGradePointsTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    func page(_ grades: [(String?, String)]) -> [OCRWord] {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 200), ("SKS", 800), ("Nilai", 900), ("Mutu", 1100)])
        for (index, (letter, points)) in grades.enumerated() {
            let cells = [("IF10\(index)", 60), ("Kuliah Ke \(index + 1)", 200), ("3", 800)] + (letter.map { [($0, 880)] } ?? []) + [(points, 940), ("9.00", 1100)]
            words += line(262 + 40 * index, cells)
        }
        return words
    }

    @Test func theLetterBesideItsPointsIsTheGrade() {
        let words = page([("B", "3.00"), ("A", "4.00"), ("C", "2.00")])
        let headers = TranscriptTable.header(of: Array(words.prefix(6)))
        let row = TranscriptTable.row(line(262, [("IF100", 60), ("Basis Data", 200), ("3", 800), ("B", 880), ("3.00", 940)]), headers: headers, scale: .indonesian)
        #expect(row?.grade == "B")
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.grade) == ["B", "A", "C"])
    }

    @Test func aLostLetterIsTheOneItsPointsStandFor() {
        let table = TranscriptTable(words: page([(nil, "3.00"), ("A", "4.00"), ("C", "2.00"), ("AB", "3.50"), (nil, "2.99")]), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B", "A", "C", "AB", "2.99"])
    }

    /// A numeric transcript (grades printed as points) keeps its numbers.
    @Test func numericGradesStayNumbers() {
        let table = TranscriptTable(words: page([(nil, "3.00"), (nil, "4.00"), (nil, "2.00"), ("A", "3.50")]), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["3.00", "4.00", "2.00", "A"])
    }

    /// An institution's own scale: points 3.50 are its B+.
    @Test func pointsAreReadOnTheInstitutionsScale() {
        let scale = GradeScale(points: ["A": 4, "B+": 3.5, "B": 3, "C+": 2.5, "C": 2, "D": 1, "E": 0])
        let table = TranscriptTable(words: page([(nil, "3.50"), ("A", "4.00"), ("C", "2.00"), ("B", "3.00")]), scale: scale)
        #expect(table.rows.map(\.grade) == ["B+", "A", "C", "B"])
    }

    /// Letters read on three rows of eight (the other table of a pair lost its letters): the page prints letters.
    @Test func aThirdOfTheRowsInLettersIsEnough() {
        let rows = ["A", "B", "C", "4.00", "3.30", "2.00", "3.00", "2.30"].map { CourseRow(code: nil, name: "Kuliah", sks: 3, grade: $0) }
        #expect(TranscriptTable.withLettersForPoints(rows, scale: .indonesian).map(\.grade) == ["A", "B", "C", "A", "B+", "C", "B", "C+"])
        #expect(TranscriptTable.withLettersForPoints(Array(rows.prefix(2)) + rows.suffix(5), scale: .indonesian).map(\.grade)
            == ["A", "B", "4.00", "3.30", "2.00", "3.00", "2.30"])
    }
}
