import Testing
@testable import OCRService

/// A second reading of the NIK settles a serial digit the glyph templates could not, and never
/// overrules a clear template decision or votes when it is shifted against the glyphs.
struct NIKVoteTests {
    /// Scores where `digits` wins each position by `margin` over `runnerUp` (same digit elsewhere).
    func scores(_ digits: String, margin: Float = 0.4, runnerUps: [Int: (Int, Float)] = [:]) -> [[Float]] {
        digits.compactMap(\.wholeNumberValue).enumerated().map { position, digit in
            var row = [Float](repeating: 0.1, count: 10)
            row[digit] = 0.8
            if let (other, close) = runnerUps[position] { row[other] = 0.8 - close } else { row[(digit + 1) % 10] = 0.8 - margin }
            return row
        }
    }

    func best(_ alternatives: [[Float]]) -> String {
        alternatives.map { row in String(row.indices.max { row[$0] < row[$1] } ?? 0) }.joined()
    }

    @Test func settlesACloseSerialDigit() throws {
        let glyphs = scores("3515187103450293", runnerUps: [15: (8, 0.05)])
        #expect(NIKReread.isDoubtful(glyphs))
        let voted = try #require(NIKReread.voting(glyphs, for: "3515187103450298"))
        #expect(best(voted) == "3515187103450298")
        let evidence = NIKDecoder.Evidence(districtCodes: ["351518"], printedDistrict: nil, printedDateDigits: nil)
        #expect(NIKDecoder().decode(voted, evidence: evidence) == "3515187103450298")
    }

    @Test func aClearGlyphOutweighsTheVote() throws {
        let glyphs = scores("3515187103450298", runnerUps: [15: (8, 0.05), 14: (3, 0.3)])
        let voted = try #require(NIKReread.voting(glyphs, for: "3515187103450238"))
        #expect(best(voted) == "3515187103450298")
        #expect(!NIKReread.isDoubtful(scores("3515187103450298")))
        #expect(!NIKReread.isDoubtful(scores("3515187103450298", runnerUps: [3: (2, 0.01)])))
    }

    @Test func aShiftedOrShortReadingDoesNotVote() {
        let glyphs = scores("3515187103450298")
        #expect(NIKReread.voting(glyphs, for: "5151871034502983") == nil)
        #expect(NIKReread.voting(glyphs, for: "351518710345029") == nil)
    }
}
