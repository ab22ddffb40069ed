import CLeptonica
import Testing

@testable import OCRService

private typealias LeptonicaImage = OCRService.Pix

/// A pen loop round a grade is painted out of its cell; the grade's own strokes stay, and a cell without a loop has
/// nothing to read again.
struct PixPenLoopsTests {
    /// A white grey cell 60 × 40 with black rectangles (x, y, width, height).
    fileprivate static func cell(_ blocks: [(Int32, Int32, Int32, Int32)]) -> LeptonicaImage? {
        guard let pointer = pixCreate(60, 40, 8) else { return nil }
        pixSetAllArbitrary(pointer, 255)
        for (x, y, width, height) in blocks {
            for dx in 0..<width { for dy in 0..<height { pixSetPixel(pointer, x + dx, y + dy, 0) } }
        }
        return LeptonicaImage(pointer)
    }

    /// Black pixels of a 1 bpp image inside a rectangle.
    fileprivate static func ink(_ pix: LeptonicaImage, _ x: Int32, _ y: Int32, _ width: Int32, _ height: Int32) -> Int {
        var count = 0
        for dx in 0..<width {
            for dy in 0..<height {
                var value: UInt32 = 0
                pixGetPixel(pix.pointer, x + dx, y + dy, &value)
                count += Int(value)
            }
        }
        return count
    }

    /// A loop's arcs round a letter-sized block on the line's band (rows 12-28): the arcs go, the block stays.
    @Test func aLoopRoundTheGradeIsPaintedOut() throws {
        let arcs: [(Int32, Int32, Int32, Int32)] = [(4, 4, 2, 32), (54, 5, 2, 30), (8, 3, 14, 2), (38, 35, 14, 2)]
        let looped = try #require(Self.cell(arcs + [(24, 12, 10, 16)]))
        let unlooped = try #require(looped.withoutStrokesAcross(top: 12, bottom: 28))
        #expect(unlooped.depth == 1)
        #expect(Self.ink(unlooped, 24, 12, 10, 16) == 160, "the grade's block stays whole")
        #expect(Self.ink(unlooped, 0, 0, 8, 40) == 0, "the left arc is gone")
        #expect(Self.ink(unlooped, 52, 0, 8, 40) == 0, "and the right one")
        #expect(Self.ink(unlooped, 8, 3, 14, 2) == 28, "a stroke above the line alone is no loop's side: it stays")
    }

    /// Two letters side by side ("AB"), one with a "+" and an underline: nothing crosses the line, nothing to read again.
    @Test func lettersAloneHaveNoLoop() throws {
        let letters = try #require(Self.cell([(10, 12, 10, 16), (26, 14, 8, 12), (40, 19, 8, 2), (43, 16, 2, 8), (8, 31, 44, 2)]))
        #expect(letters.withoutStrokesAcross(top: 12, bottom: 28) == nil)
    }

    /// A marked row's words (held-out beta 10034 #8): the loop's "CAD", twice the text's height, leaves the band on the text.
    @Test func theLinesBandIsItsTextsNotTheLoops() throws {
        let line = WordDump.words(["2@158,680+13x18 43-TIN-102@211,679+144x20 Menggambar@404,678+172x25 Teknik@583,678+85x20 2@1240,679+13x19 CAD@1301,670+81x36"])
        let band = try #require(TranscriptCellReread.textBand(line))
        #expect(band.top == 679 && band.bottom == 699)
    }
}
