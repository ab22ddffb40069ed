import Contracts
import Testing
@testable import OCRService

/// A row whose label and colon OCR both lost is not run into the address above it: a row that
/// starts in the label column is a row of its own; a line in the value column still wraps.
struct KTPUnreadLabelTests {
    /// Label words from x = 10; value words from x = 230 (the colon column is at x = 200).
    func line(label: String, value: String, y: Int) -> OCRLine {
        func words(_ text: String, from start: Int) -> [OCRWord] {
            var x = start
            return text.components(separatedBy: " ").filter { !$0.isEmpty }.map { word -> OCRWord in
                defer { x += word.count * 12 + 12 }
                return OCRWord(text: word, box: Contracts.Box(x: x, y: y, width: word.count * 12, height: 20), confidence: 0.9)
            }
        }
        return OCRLine.joining(words(label, from: 10) + words(value, from: 230))
    }

    func parse(_ rows: [(String, String)]) -> KTPLayoutParser.Result {
        var parser = KTPLayoutParser()
        parser.defaultColonX = 200
        return parser.parse(rows.enumerated().map { line(label: $1.0, value: $1.1, y: $0 * 40) })
    }

    @Test func rtRwRowWithItsLabelUnreadIsNotPartOfTheAddress() {
        let parsed = parse([
            ("Nama", "SITI WANI"), ("Alamat", "JL. MAWAR NO. 62"), ("RAW", "002/005"), ("Kel/Desa", "TIALAI"), ("Kecamatan", "CIBIRU"),
        ])
        #expect(parsed.values[.alamat]?.text == "JL. MAWAR NO. 62")
        #expect(parsed.values[.rtRw]?.text == "002/005")
        #expect(parsed.values[.kelDesa]?.text == "TIALAI")
    }

    @Test func secondAddressLineInTheValueColumnStillWraps() {
        let parsed = parse([("Alamat", "DUSUN KRAJAN"), ("", "BLOK C NO. 4"), ("RT/RW", "002/005"), ("Kel/Desa", "TIALAI")])
        #expect(parsed.values[.alamat]?.text == "DUSUN KRAJAN BLOK C NO. 4")
        #expect(parsed.values[.rtRw]?.text == "002/005")
    }

    @Test func rowsWhoseWholeLabelGlareTookStartWithTheirColon() {
        let parsed = parse([
            ("RT/RW", ": 002/004"), ("", ": TUNTULOW"), ("", ": PINOGALUMAN"), ("", ": ISLAM"), ("Status Perkawinan", ": CERAI HIDUP"),
            ("Pekerjaan", ": BURUH HARIAN LEPAS"),
        ].map { ($0.0, $0.1) })
        #expect(parsed.values[.kelDesa]?.text == "TUNTULOW")
        #expect(parsed.values[.kecamatan]?.text == "PINOGALUMAN")
        #expect(parsed.values[.agama]?.text == "ISLAM")
    }
}
