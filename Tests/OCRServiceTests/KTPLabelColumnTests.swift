import Contracts
import Testing
@testable import OCRService

/// Labels stand left of the colon column and are printed once: the NIK's digits read as
/// letters ("NA NA AL MP") never take the name's label, and a loose match gives way to a
/// clear one further down.
struct KTPLabelColumnTests {
    func line(_ text: String, x: Int = 10, y: Int) -> OCRLine {
        var x = x
        let words = text.split(separator: " ").map { word -> OCRWord in
            defer { x += word.count * 12 + 10 }
            let text: String = String(word)
            return OCRWord(text: text, box: Contracts.Box(x: x, y: y, width: word.count * 12, height: 20), confidence: 0.9)
        }
        return OCRLine.joining(words)
    }

    @Test func aLineStartingRightOfTheColonsTakesNoLabel() {
        let lines = [line("NANA AL MP PAMA", x: 300, y: 0), line("NIK : 3204051708900001", y: 30), line("Nama : BUDI SANTOSO", y: 60),
                     line("Agama : ISLAM", y: 90)]
        let parsed = KTPLayoutParser().parse(lines)
        #expect(parsed.values[.nama]?.text == "BUDI SANTOSO")
    }

    @Test func aClearLabelTakesOverFromALooseOne() {
        let lines = [line("NAKA akh Ted ah", y: 0), line("Nama : YUNITA WULANDARI", y: 30), line("Agama : ISLAM", y: 60)]
        let parsed = KTPLayoutParser().parse(lines)
        #expect(parsed.values[.nama]?.text == "YUNITA WULANDARI")
        #expect(parsed.values[.agama]?.text == "ISLAM")
    }

    @Test func bracketInsideANameIsAnI() {
        #expect(KTPFieldNormaliser.cleanName("TIT] WULANDARI") == "TITI WULANDARI")
    }
}
