import CLeptonica
import Contracts

/// A page that arrives turned by a quarter or a half (fed into the scanner the wrong way round, a landscape sheet on
/// a portrait bed, a phone held sideways) gives the table nothing it can line up. Tesseract's first reading tells:
/// on a page turned a quarter its words stand taller than wide (it reads them down the page: legibly when the page
/// was turned clockwise, as garbage the other way); on a page upside down they lie flat but few are read with
/// confidence. The turn that would undo it is read too and kept only when it reads surer, so an upright page that is
/// merely hard to read is never turned.
enum TranscriptOrientation {
    /// Clockwise quarter turns (1…3) worth trying on a page whose first reading is `words`; nil when it reads upright.
    static func turnsToTry(_ words: [OCRWord]) -> Int32? {
        let long = words.filter { letters($0) >= 4 }
        guard long.count >= 12 else { return nil }
        let tall = long.filter { $0.box.height > $0.box.width }
        if tall.count * 5 >= long.count * 3 {
            // read down the page: turned clockwise when Tesseract read it, else the other way
            return sure(tall).count * 2 >= tall.count ? 3 : 1
        }
        return sure(long).count * 3 < long.count ? 2 : nil
    }

    /// Whether `turned` reads surer than `first`: clearly more words of four letters or more, lying flat, read with
    /// confidence.
    static func isSurer(_ turned: [OCRWord], than first: [OCRWord]) -> Bool {
        let flatSure = { (words: [OCRWord]) in sure(words.filter { letters($0) >= 4 && $0.box.height <= $0.box.width }).count }
        let before = flatSure(first), after = flatSure(turned)
        return after >= 12 && after * 2 > before * 3
    }

    /// `image` turned clockwise by `turns` quarters; itself when there is nothing to turn or the turn fails.
    static func turned(_ image: Pix, by turns: Int32) -> Pix {
        turns % 4 == 0 ? image : image.map { pixRotateOrth($0, turns % 4) }
    }

    private static func letters(_ word: OCRWord) -> Int { word.text.filter(\.isLetter).count }

    private static func sure(_ words: [OCRWord]) -> [OCRWord] { words.filter { $0.confidence >= 0.7 } }
}
