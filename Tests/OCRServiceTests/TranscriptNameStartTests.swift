import Contracts
import Testing
@testable import OCRService

/// A "Mata Kuliah" label centred over a wide column of left-aligned names.
@Suite struct TranscriptNameStartTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func namesBeginWhereTheyBeginNotUnderTheirLabel() {
        let header = line(220, [("No", 20), ("Kode", 80), ("Mata Kuliah", 500), ("SKS", 1000), ("Nilai", 1100)])
        var words = header, body: [[OCRWord]] = []
        let names = ["Biologi Umum", "Pemrograman Web", "Sistem Operasi", "Struktur Data"]
        for (index, name) in names.enumerated() {
            body.append(line(262 + 40 * index, [("\(index + 1)", 20), ("SI1393\(index)", 70), (name, 200), ("3", 1000), ("B", 1100)]))
            words += body[index]
        }
        let labels = TranscriptTable.header(of: header)
        #expect(labels.first { $0.column == .name }?.left == 500)
        let widened = TranscriptTable.withNameStart(labels, body: body[...])
        #expect(widened.first { $0.column == .name }?.left == 200)
        #expect(body.compactMap { TranscriptTable.row($0, headers: widened, scale: .indonesian)?.name } == names)
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.name) == names)
    }
}
