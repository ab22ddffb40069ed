import Contracts
import Testing
@testable import OCRService

/// A portrait's or card's edge read as a short word at the end of a value is dropped; a real
/// short last word at a word space is kept.
struct KTPEdgeMarkTests {
    func word(_ text: String, x: Int, height: Int = 20) -> OCRWord {
        OCRWord(text: text, box: Contracts.Box(x: x, y: 100, width: text.count * 12, height: height), confidence: 0.9)
    }

    /// Words laid out left to right with a 10-pixel space, starting at x = 200.
    func row(_ text: String) -> [OCRWord] {
        var x = 200
        return text.split(separator: " ").map { part in
            defer { x += part.count * 12 + 10 }
            return word(String(part), x: x)
        }
    }

    @Test func dropsAFarMarkAfterTheValue() {
        let words = row("ANASTASIA TINA MAYASARI") + [word("1", x: 900)]
        #expect(KTPLayoutParser().value(of: words)?.text == "ANASTASIA TINA MAYASARI")
        #expect(KTPLayoutParser().value(of: words)?.words.count == 3)
    }

    @Test func dropsATallMarkRightAfterTheValue() {
        let words = row("KAMILA") + [word("F", x: 282, height: 71)]
        #expect(KTPLayoutParser().value(of: words)?.text == "KAMILA")
    }

    @Test func keepsAShortLastWordAtAWordSpace() {
        #expect(KTPLayoutParser().value(of: row("GG. H. SALEH I"))?.text == "GG. H. SALEH I")
        #expect(KTPLayoutParser().value(of: row("JL. KENANGA NO. 76"))?.text == "JL. KENANGA NO. 76")
        #expect(KTPLayoutParser().value(of: row("I WAYAN SUDARMA"))?.text == "I WAYAN SUDARMA")
    }

    @Test func keepsALongWordFarAway() {
        let words = row("DUSUN") + [word("SIDOMULYO", x: 700)]
        #expect(KTPLayoutParser().value(of: words)?.text == "DUSUN SIDOMULYO")
    }
}
