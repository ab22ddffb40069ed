import Contracts
import Testing
@testable import OCRService

/// A fully ruled table (held-out gamma): labels centred in wide cells, codes printed flush left with a space
/// ("MN 1303"), a rule between two labels read glued into one word ("Smt.|KodeMK"), names whose spaces a
/// scanner app's filter closed up ("PENGANTARAKUNTANSII").
@Suite struct TranscriptRuledCellTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func twoLabelsReadAcrossTheirRuleAreTwoLabels() {
        let glued = OCRWord(text: "Smt.|KodeMK", box: Box(x: 119, y: 408, width: 200, height: 34), confidence: 0.9)
        let parts = TranscriptTable.splitAtRules(glued)
        #expect(parts.map(\.text) == ["Smt.", "KodeMK"])
        #expect(parts[1].box.x > parts[0].box.x + parts[0].box.width - 1)
        #expect(TranscriptTable.splitAtRules(OCRWord(text: "|No", box: glued.box, confidence: 0.9)).map(\.text) == ["|No"])
        let header = TranscriptTable.header(of: line(100, [("No", 60)]) + [glued] + line(100, [("Mata Kuliah", 380), ("K", 610), ("Huruf", 650)]))
        #expect(header.map(\.column) == [.number, .other, .code, .name, .sks, .grade])
    }

    @Test func aSpacedCodeFlushLeftUnderACentredLabelIsOneCodeAsPrinted() {
        var words = line(100, [("No", 165), ("Kode", 260), ("Mata Kuliah", 626), ("K", 1056), ("HM", 1130)])
        let rows = [("MN 1303", "Matematika Ekonomi", 3, "C"), ("MN 1304", "Pengantar Akuntansi I", 3, "C+"),
                    ("MKWU 2201", "Pendidikan Kewarganegaraan", 2, "B+"), ("MN 2302", "Manajemen Sumber Daya Manusia", 3, "A-")]
        for (index, row) in rows.enumerated() {
            words += line(140 + 35 * index, [("\(index + 1)", 174), (row.0, 225), (row.1, 381), ("\(row.2)", 1057), (row.3, 1137)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map { $0.code ?? "-" } == rows.map(\.0))
        #expect(table.rows.map(\.name) == rows.map(\.1))
        #expect(table.rows.map(\.grade) == rows.map(\.3))
        #expect(TranscriptTable.codeValue("MN 1303") == "MN 1303")
        // OCR parting a solid code at a blurred joint (omicron 10008 #5, Tesseract's boxes) joins it solid; a PDF's own words keep their space
        let mpk = OCRWord(text: "MPK", box: Box(x: 772, y: 931, width: 37, height: 14), confidence: 0.93)
        let number = OCRWord(text: "1202", box: Box(x: 813, y: 931, width: 38, height: 15), confidence: 0.95)
        #expect(TranscriptTable.joiningSplitCodes([mpk, number], headers: [.init(column: .code, left: 760, right: 840)]).map(\.text) == ["MPK1202"])
        let layer = [mpk, number].map { OCRWord(text: $0.text, box: $0.box, confidence: 1) }
        #expect(TranscriptTable.joiningSplitCodes(layer, headers: [.init(column: .code, left: 760, right: 840)]).map(\.text) == ["MPK 1202"])
        #expect(TranscriptTable.codeValue("MN 13 03") == nil)
    }

    @Test func aNameWithItsSpacesLostIsFoundLetterForLetter() {
        let rows = [CourseRow(code: "MN37103", name: "PENGANTARAKUNTANSII", sks: 3, grade: "4.00"),
                    CourseRow(code: "MN37203", name: "PENGANTARAKUNTANSIII", sks: 3, grade: "3.75")]
        #expect(TranscriptCourseMatch.find("Pengantar Akuntansi I", in: rows)?.code == "MN37103")
        #expect(TranscriptCourseMatch.find("Pengantar Akuntansi II", in: rows)?.code == "MN37203")
        #expect(TranscriptCourseMatch.find("Pengantar Akuntansi III", in: rows) == nil)
    }
}
