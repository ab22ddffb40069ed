import Contracts
import Testing
@testable import OCRService

/// "Huruf Mutu" (HM) is the letter grade's label, "Angka Mutu" (AM) the points': a letter set
/// under the label's second word is still the grade.
@Suite struct TranscriptMutuLabelTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func hurufMutuIsOneGradeLabelAndAngkaMutuThePoints() {
        let header = line(220, [("Kode", 60), ("Mata Kuliah", 200), ("sks", 900), ("Huruf Mutu", 980), ("Angka Mutu", 1130)])
        #expect(TranscriptTable.header(of: header).map(\.column) == [.code, .name, .sks, .grade, .other])
        var words = header
        words += line(262, [("IF101", 60), ("Kalkulus", 200), ("3", 900), ("B+", 1060), ("3,30", 1160)])
        words += line(302, [("IF102", 60), ("Basis Data", 200), ("2", 900), ("A", 1060), ("4,00", 1160)])
        #expect(TranscriptTable(words: words, scale: .indonesian).rows == [
            CourseRow(code: "IF101", name: "Kalkulus", sks: 3, grade: "B+"),
            CourseRow(code: "IF102", name: "Basis Data", sks: 2, grade: "A"),
        ])
    }

    /// "Nilai | Mutu" a column apart are two labels: the SKS × points column stays apart.
    @Test func mutuAColumnAwayIsItsOwnColumn() {
        let header = line(220, [("Kode", 60), ("Mata Kuliah", 200), ("SKS", 900), ("Nilai", 980), ("Mutu", 1130)])
        #expect(TranscriptTable.header(of: header).map(\.column) == [.code, .name, .sks, .grade, .other])
    }

    /// Bilingual labels written with a slash and no space: "kode/code", "sks/cr", "nilai/grade".
    @Test func aBilingualLabelIsReadByItsFirstPart() {
        let header = line(220, [("no", 20), ("kode/code", 60), ("matakuliah / course", 200), ("sks/cr", 900), ("nilai/grade", 1000)])
        #expect(TranscriptTable.header(of: header).map(\.column) == [.number, .code, .name, .sks, .grade])
    }
}
