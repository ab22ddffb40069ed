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

    /// A PDF page may be a photo too (held-out beta 10035: a monitor showing the transcript, a third of the frame): the
    /// bright sheet is cropped from its dark surround as a photo's is; a page bright to its edges stays whole.
    @Test func aPDFPagesSheetIsCroppedFromItsSurround() throws {
        let created: OCRService.Pix? = OCRService.Pix(taking: pixCreate(1600, 1200, 8))
        let page = try #require(created)
        pixSetAllArbitrary(page.pointer, 40)
        let sheet = try #require(boxCreate(300, 200, 1000, 800))
        var owned: UnsafeMutablePointer<BOX>? = sheet
        pixSetInRectArbitrary(page.pointer, sheet, 235)
        boxDestroy(&owned)
        let prepared = TranscriptReader.prepared(page, angle: 0, onDesk: false)
        #expect(prepared.width < 1100 && prepared.height < 900, "the sheet alone, \(prepared.width) x \(prepared.height)")
        let whole = TranscriptReader.prepared(try faintPage(), angle: 0, onDesk: false)
        #expect(whole.width == 1600 && whole.height == 600)
    }
}
