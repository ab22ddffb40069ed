import Contracts
import Testing
@testable import OCRService

/// "Nilai / Angka" and "Nilai / Huruf" set over two lines: the letters are the grade, the
/// 0–100 score beside them is not.
@Suite struct TranscriptScoreLabelTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func hurufOnTheNextLineIsTheGradeNotAngka() {
        let lines = [
            line(200, [("Nilai", 1100), ("Nilai", 1190)]),
            line(225, [("No", 90), ("Kode", 140), ("Mata Kuliah", 540), ("SKS", 1040), ("Angka", 1100), ("Bobot", 1270)]),
            line(250, [("Huruf", 1186)]),
        ]
        let headers = TranscriptTable.header(at: 1, of: lines)
        #expect(headers.first { $0.column == .grade }.map { $0.left } == 1186)
        let row = line(290, [("1", 90), ("SIFA160", 140), ("Pendidikan Pancasila", 250), ("2", 1050), ("97", 1110), ("A", 1200), ("4,00", 1275)])
        #expect(TranscriptTable.row(row, headers: headers, scale: .indonesian)?.grade == "A")
    }

    /// "Nilai Angka" alone is the grade label (a numeric grade).
    @Test func angkaAloneStaysTheGrade() {
        let lines = [line(225, [("Kode", 140), ("Mata Kuliah", 540), ("SKS", 1040), ("Nilai Angka", 1100)])]
        #expect(TranscriptTable.header(at: 0, of: lines).map(\.column) == [.code, .name, .sks, .grade])
    }
}
