import Contracts
import Foundation

/// A band of a page whose block the page layout dropped, recognised alone as one block: the
/// shared step of ``TranscriptCellBand`` and ``TranscriptNameBand``.
enum TranscriptBandReread {
    /// `words` with the band's words in place of those whose centre lies inside it; nil when the
    /// band reads nothing.
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, x: Int, y: Int, width: Int, height: Int) -> [OCRWord]? {
        guard let read = engine.words(in: page, x: x, y: y, width: width, height: height, mode: .block), !read.isEmpty else { return nil }
        func inside(_ word: OCRWord) -> Bool {
            let centreX = word.box.x + word.box.width / 2, centreY = word.box.y + word.box.height / 2
            return centreX >= x && centreX < x + width && centreY >= y && centreY < y + height
        }
        return words.filter { !inside($0) } + read
    }
}
