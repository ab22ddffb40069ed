import CLeptonica
import Contracts
import Foundation

/// A phone photo the page deskew missed (a wide table with few long lines gives Leptonica's
/// sweep too little to be sure of) still slants its rows: over a 1,100 px table a 5° tilt drops
/// the grade column a whole row below its code, Tesseract's layout then loses the right-hand
/// cells, and every re-read cropped at the row's height misses them. The words Tesseract did
/// read tell the slant (``TranscriptTable/slope(of:typical:)``); a page slanted by more than
/// `threshold` is turned level and read again.
enum TranscriptLevel {
    /// dy/dx beyond which a page is turned: 0.012 (0.7°) drifts 13 px over the table, a third of a row.
    static let threshold = 0.012

    /// A page's words, the rotation that levelled it (0 when it was level) and the quarter turns that stood it
    /// upright before (``TranscriptOrientation``).
    struct Words: Sendable {
        var words: [OCRWord]
        var angle: Double
        var turns: Int32 = 0
    }

    /// The rotation (radians, Leptonica's sign: positive turns clockwise) that levels the rows
    /// of `words`, or nil when they are level enough.
    static func angle(of words: [OCRWord]) -> Double? {
        let heights = words.map(\.box.height).sorted()
        guard heights.count >= 8 else { return nil }
        let slope = TranscriptTable.slope(of: words, typical: Double(heights[heights.count / 2]))
        return abs(slope) > threshold ? -atan(slope) : nil
    }

    /// The page turned by `angle` on white, enlarged so no corner is cut; the page itself when
    /// `angle` is 0 or the rotation fails.
    static func rotated(_ page: Pix, by angle: Double) -> Pix {
        guard angle != 0 else { return page }
        let width = Double(page.width), height = Double(page.height)
        let turnedWidth = Int32(width * abs(cos(angle)) + height * abs(sin(angle)))
        let turnedHeight = Int32(height * abs(cos(angle)) + width * abs(sin(angle)))
        return page.map { pixRotate($0, Float(angle), Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), turnedWidth, turnedHeight) }
    }
}
