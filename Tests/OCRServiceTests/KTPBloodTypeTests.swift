import Contracts
import Testing
@testable import OCRService

/// The sex row's blood type is found by the wide space between the two fields when its
/// "Gol. Darah" label is garbled, and a sex row whose label OCR lost is still split.
struct KTPBloodTypeTests {
    /// Words laid out left to right from `x` with ordinary word spaces.
    func words(_ text: String, from start: Int, y: Int = 0) -> [OCRWord] {
        var x = start
        return text.components(separatedBy: " ").filter { !$0.isEmpty }.map { word -> OCRWord in
            defer { x += word.count * 12 + 10 }
            return OCRWord(text: word, box: Contracts.Box(x: x, y: y, width: word.count * 12, height: 22), confidence: 0.9)
        }
    }

    @Test func bloodTypeAfterAGarbledLabelIsFoundByTheFieldGap() {
        let parser = KTPLayoutParser()
        let (sex, blood, labelled) = parser.splitBloodType(words("LAKI-LAKI", from: 230) + words("rah : A", from: 800))
        #expect(sex.map(\.text) == ["LAKI-LAKI"])
        #expect(blood.map(\.text) == ["A"])
        #expect(labelled)
        let (_, dash, _) = parser.splitBloodType(words("PEREMPUAN", from: 230) + words("Gt -", from: 780))
        #expect(dash.map(\.text) == ["-"])
    }

    @Test func ordinaryWordSpacesDoNotSplitTheRow() {
        let (sex, blood, labelled) = KTPLayoutParser().splitBloodType(words("LAKI - LAKI", from: 230))
        #expect(sex.count == 3)
        #expect(blood.isEmpty)
        #expect(!labelled)
    }

    @Test func sexRowWithAnUnreadableLabelTakesItsPlaceInTheRowOrder() {
        let rows = [
            words("Nama", from: 10) + words(": TINA SURYATMI", from: 200),
            words("Tempat/Tgl Lahir", from: 10) + words(": BANDAR LAMPUNG, 14-12-1996", from: 200),
            words("SAWS Kasi", from: 10) + words(": PEREMPUAN", from: 200) + words("Gol. Darah : A", from: 780),
            words("Alamat", from: 10) + words(": DUSUN SUKARAJA", from: 200),
        ].enumerated().map { index, row in
            OCRLine.joining(row.map { OCRWord(text: $0.text, box: Contracts.Box(x: $0.box.x, y: index * 40, width: $0.box.width, height: 22), confidence: 0.9) })
        }
        let parsed = KTPLayoutParser().parse(rows)
        #expect(parsed.values[.jenisKelamin]?.text == "PEREMPUAN")
        #expect(parsed.values[.golonganDarah]?.text == "A")
    }
}
