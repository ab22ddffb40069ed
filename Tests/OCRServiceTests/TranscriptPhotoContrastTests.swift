import CLeptonica
import Testing
@testable import OCRService

/// A phone photo's faint or blurred print (strokes that never get dark) is stretched to black
/// in each neighbourhood before recognition; a scanned page is not (its contrast is the print's).
@Suite struct TranscriptPhotoContrastTests {
    /// A light grey page with faint grey strokes (4 × 30 px, like a blurred letter's stem).
    func faintPage() throws -> OCRService.Pix {
        let created: OCRService.Pix? = OCRService.Pix(taking: pixCreate(1600, 600, 8))
        let page = try #require(created)
        pixSetAllArbitrary(page.pointer, 225)
        for x in stride(from: 200, to: 1400, by: 24) {
            guard let stroke = boxCreate(Int32(x), 280, 4, 30) else { continue }
            var owned: UnsafeMutablePointer<BOX>? = stroke
            pixSetInRectArbitrary(page.pointer, stroke, 165)
            boxDestroy(&owned)
        }
        return page
    }

    func darkest(_ page: OCRService.Pix) throws -> Int {
        let gray = try #require(GrayImage(page))
        return Int(gray.pixels.min() ?? 255)
    }

    @Test func faintStrokesOfAPhotoAreMadeDarkAndAScansAreNot() throws {
        let photo = try darkest(TranscriptReader.prepared(try faintPage(), angle: 0, onDesk: true))
        let scan = try darkest(TranscriptReader.prepared(try faintPage(), angle: 0, onDesk: false))
        #expect(photo < 60)
        #expect(scan > photo + 60)
    }
}
