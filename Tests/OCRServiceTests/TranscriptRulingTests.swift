import Testing
@testable import OCRService

/// Table rules painted out of a prepared page; text strokes and filled header bars kept.
@Suite struct TranscriptRulingTests {
    /// A white 1600×600 page: a 2 px grid (rows every 60 px over 1400 px, columns every 300 px
    /// over 480 px), a filled bar with white gaps like letters, and "text": 12 px blocks with a
    /// 2 px top stroke running 380 px (a long word's x-height edge).
    func page() -> GrayImage {
        var image = GrayImage(width: 1600, height: 600, pixels: [UInt8](repeating: 255, count: 1600 * 600))
        func fill(_ x: Range<Int>, _ y: Range<Int>, _ value: UInt8 = 0) {
            for row in y { for column in x { image.pixels[row * image.width + column] = value } }
        }
        for row in stride(from: 60, through: 540, by: 60) { fill(100..<1500, row..<(row + 2)) }
        for column in stride(from: 100, through: 1500, by: 300) { fill(column..<(column + 2), 60..<542) }
        fill(100..<1500, 10..<45)
        for letter in stride(from: 120, to: 1480, by: 40) { fill(letter..<(letter + 6), 14..<41, 255) }
        fill(420..<800, 80..<82)
        for letter in stride(from: 420, to: 800, by: 20) { fill(letter..<(letter + 12), 80..<100) }
        return image
    }

    @Test func gridGoesTextAndBarsStay() throws {
        let source = page()
        let pix = try #require(Pix(gray: source))
        let cleaned = try #require(GrayImage(TranscriptRuling.removed(pix)))
        #expect(source.ink(850..<1500, 240..<242) == 1300)
        #expect(cleaned.ink(850..<1500, 240..<242) == 0, "a row rule is gone")
        #expect(cleaned.ink(400..<402, 300..<540) == 0, "a column rule is gone")
        #expect(cleaned.ink(420..<800, 80..<100) == source.ink(420..<800, 80..<100), "text and its long top stroke stay")
        #expect(cleaned.ink(100..<1500, 10..<45) == source.ink(100..<1500, 10..<45), "the bar's thin strips stay")
    }

    /// A keystoned photo tilts the rules by a degree or two: a 1,200 px row rule and a 300 px
    /// column rule each drift 2 px every 60 px; they go all the same, and text beside them stays.
    @Test func tiltedRulesGoToo() throws {
        var image = GrayImage(width: 1600, height: 600, pixels: [UInt8](repeating: 255, count: 1600 * 600))
        func fill(_ x: Range<Int>, _ y: Range<Int>) {
            for row in y { for column in x { image.pixels[row * image.width + column] = 0 } }
        }
        for x in 200..<1400 { fill(x..<(x + 1), (100 + (x - 200) / 30)..<(102 + (x - 200) / 30)) }
        for y in 200..<500 { fill((300 + (y - 200) / 30)..<(302 + (y - 200) / 30), y..<(y + 1)) }
        for letter in stride(from: 420, to: 800, by: 20) { fill(letter..<(letter + 12), 300..<320) }
        let source = image
        let pix = try #require(Pix(gray: source))
        let cleaned = try #require(GrayImage(TranscriptRuling.removed(pix)))
        #expect(source.ink(200..<1400, 90..<150) >= 2400)
        #expect(cleaned.ink(200..<1400, 90..<150) == 0, "the tilted row rule is gone")
        #expect(cleaned.ink(290..<320, 200..<500) == 0, "the tilted column rule is gone")
        #expect(cleaned.ink(420..<800, 300..<320) == source.ink(420..<800, 300..<320), "text stays")
    }
}
