import Contracts
import Testing
@testable import OCRService

/// Word breaks found in the ink: a gap is a break only when it is wider than the two letters'
/// own side bearings allow (two A's of one word nearly touch; an I stands apart by itself).
struct KTPInkGapTests {
    /// Draws each word as letter-sized black bars with the given gaps between them, on white.
    static func line(_ words: [(String, [Int])], capital: Int = 24) -> (CardImage, [OCRWord])? {
        var pixels = [UInt8](repeating: 255, count: 600 * 60)
        var x = 10, boxes: [OCRWord] = []
        for (text, gaps) in words {
            let start = x
            for (index, _) in text.enumerated() {
                for yy in 18..<(18 + capital) { for xx in x..<(x + 12) { pixels[yy * 600 + xx] = 20 } }
                x += 12 + (index < gaps.count ? gaps[index] : 0)
            }
            boxes.append(OCRWord(text: text, box: Box(x: start, y: 18, width: x - start, height: capital), confidence: 0.9))
            x += 14
        }
        guard let pix = Pix(gray: GrayImage(width: 600, height: 60, pixels: pixels)) else { return nil }
        return (CardImage(card: pix), boxes)
    }

    @Test func kernedGapBetweenTwoAsIsABreakButAnIsOwnBearingIsNot() throws {
        let (card, words) = try #require(Self.line([("GRAHAASRI", [2, 2, 2, 2, 6, 2, 2, 2]), ("SIHOMBING", [2, 6, 2, 2, 2, 2, 2, 2])]))
        let split = try #require(FieldReread(card: card).splitAtInkGaps(words))
        #expect(split.map(\.text) == ["GRAHA", "ASRI", "SIHOMBING"])
    }

    @Test func evenlySpacedWordIsLeftWhole() throws {
        let (card, words) = try #require(Self.line([("SAAT", [2, 2, 2]), ("MUSHOLLA", [2, 2, 2, 2, 2, 2, 2])]))
        #expect(FieldReread(card: card).splitAtInkGaps(words) == nil)
    }

    @Test func aLoneLetterIsNotCutOffUnlessARomanNumeral() throws {
        let (card, words) = try #require(Self.line([("ENDRA", [2, 2, 2, 9]), ("MUSHOLLAI", [2, 2, 2, 2, 2, 2, 2, 9])]))
        let split = try #require(FieldReread(card: card).splitAtInkGaps(words))
        #expect(split.map(\.text) == ["ENDRA", "MUSHOLLA", "I"])
    }
}
