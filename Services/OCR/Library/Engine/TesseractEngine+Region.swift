import Contracts
import Foundation

extension TesseractEngine {
    /// The words Tesseract reads in one region of `page` (clipped to it), their boxes in page
    /// coordinates; nil when the region holds no image.
    func words(in page: Pix, x: Int, y: Int, width: Int, height: Int, mode: SegmentationMode, whitelist: String? = nil) -> [OCRWord]? {
        guard let region = page.crop(x: x, y: y, width: width, height: height) else { return nil }
        return recognize(region, mode: mode, whitelist: whitelist).lines.flatMap(\.words).map { $0.shifted(x: max(0, x), y: max(0, y)) }
    }
}

extension OCRWord {
    /// The word with its box moved by (`x`, `y`): from a cropped region's coordinates to the page's.
    func shifted(x: Int, y: Int) -> OCRWord {
        OCRWord(text: text, box: Box(x: x + box.x, y: y + box.y, width: box.width, height: box.height), confidence: confidence)
    }
}
