import Testing
@testable import OCRService

/// Leader dots painted out of a prepared page; a decimal point, an ellipsis, a colon and the
/// letters and digit beside the dots kept.
@Suite struct TranscriptLeadersTests {
    /// A white 800×200 page: "text" (12×18 blocks), a leader of twelve 3×3 dots 8 px apart, a
    /// digit block, a shorter leader of five dots; below, "3.50" (one dot between blocks), an
    /// ellipsis of three dots and a colon (two dots one above the other).
    func page() -> GrayImage {
        var image = GrayImage(width: 800, height: 200, pixels: [UInt8](repeating: 255, count: 800 * 200))
        func fill(_ x: Range<Int>, _ y: Range<Int>) {
            for row in y { for column in x { image.pixels[row * image.width + column] = 0 } }
        }
        for letter in stride(from: 20, to: 120, by: 16) { fill(letter..<(letter + 12), 40..<58) }
        for dot in 0..<12 { fill((130 + 8 * dot)..<(133 + 8 * dot), 55..<58) }
        fill(240..<252, 40..<58)
        for dot in 0..<5 { fill((262 + 8 * dot)..<(265 + 8 * dot), 55..<58) }
        fill(310..<322, 40..<58)
        fill(20..<32, 120..<138); fill(36..<39, 135..<138); fill(43..<55, 120..<138); fill(59..<71, 120..<138)
        for dot in 0..<3 { fill((100 + 8 * dot)..<(103 + 8 * dot), 135..<138) }
        fill(160..<163, 124..<127); fill(160..<163, 135..<138)
        return image
    }

    @Test func leadersGoEverythingElseStays() throws {
        let source = page()
        let pix = try #require(Pix(gray: source))
        let cleaned = try #require(GrayImage(TranscriptLeaders.removed(pix)))
        #expect(source.ink(128..<240, 50..<60) == 12 * 9)
        #expect(cleaned.ink(128..<240, 50..<60) == 0, "the long leader is gone")
        #expect(cleaned.ink(258..<305, 50..<60) == 0, "the five-dot leader is gone")
        #expect(cleaned.ink(0..<800, 30..<62) == source.ink(0..<800, 30..<62) - 17 * 9, "the text and the digit between the leaders stay")
        #expect(cleaned.ink(0..<800, 110..<150) == source.ink(0..<800, 110..<150), "decimal point, ellipsis and colon stay")
    }
}
