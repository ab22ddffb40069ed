import Contracts
import Testing
@testable import OCRService

/// Letters that touch in the ink (`LA`, `TA` kerned together) are matched to their piece by
/// their widths, so a word gap beside them is still found.
struct KTPTouchingLettersTests {
    @Test func piecesHoldingTwoLettersAreMatchedByWidth() throws {
        // C A R LA LA LA at a capital height of 24 px, as Liberation Sans prints them.
        let groups = try #require(FieldReread.letterGroups(pieces: [21, 23, 20, 38, 38, 38], letters: Array("CARLALALA"), capital: 24))
        #expect(groups == [0..<1, 1..<2, 2..<3, 3..<5, 5..<7, 7..<9])
    }

    @Test func piecesFarFromAnyLettersWidthsAreNotMatched() {
        // Three pieces for "MINI": no run of its letters is 5 px wide next to a 60 px one.
        #expect(FieldReread.letterGroups(pieces: [60, 5, 5], letters: Array("MINI"), capital: 24) == nil)
        #expect(FieldReread.letterGroups(pieces: [10, 10, 10, 10, 10], letters: Array("MINI"), capital: 24) == nil)
    }

    @Test func wordGapBesideTouchingLettersIsABreak() throws {
        // E L LA | U S A D A: the L and A touch, the word gap after the A is 8 px.
        let (card, words) = try #require(KTPInkGapTests.line([("ELLAUSADA", [2, 2, 0, 8, 2, 2, 2, 2])], capital: 18))
        let split = try #require(FieldReread(card: card).splitAtInkGaps(words))
        #expect(split.map(\.text) == ["ELLA", "USADA"])
    }

    @Test func touchingLettersWithEvenGapsAreLeftWhole() throws {
        let (card, words) = try #require(KTPInkGapTests.line([("SALAMAT", [2, 2, 0, 2, 2, 2])], capital: 18))
        #expect(FieldReread(card: card).splitAtInkGaps(words) == nil)
    }
}
