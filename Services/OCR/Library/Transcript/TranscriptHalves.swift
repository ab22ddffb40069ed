import Contracts
import Foundation

/// A dense page printing two course tables side by side loses one table's names or labels to
/// Tesseract's page layout (the halves' columns taken for one table, a header bar for a picture). Cut
/// where the right table begins (by the grade columns, else by the header's repeated labels), each half is
/// recognised alone as one block; its words replace the page's words on that side.
enum TranscriptHalves {
    /// The page's words with each half read again; nil when the page shows no two tables side by side
    /// or a half reads nothing.
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale) -> [OCRWord]? {
        let lines = TranscriptTable.rows(of: words)
        guard let cut = TranscriptTable.sideBySideCut(lines, scale: scale) ?? TranscriptTable.repeatCut(words, lines: lines) else { return nil }
        let x = Int(cut)
        guard x > page.width / 4, x < page.width * 3 / 4,
            let left = TranscriptBandReread.words(words, page: page, engine: engine, x: 0, y: 0, width: x, height: page.height),
            let both = TranscriptBandReread.words(left, page: page, engine: engine, x: x, y: 0, width: page.width - x, height: page.height)
        else { return nil }
        return both
    }
}
