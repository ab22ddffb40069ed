import Contracts
import Foundation

/// The mirror of ``TranscriptCellBand``: Tesseract's page layout sometimes drops the block of
/// row numbers, codes and names left of the cells (a photocopy's heavy grid and toner taken for a
/// picture), leaving lines that begin with their SKS and grade. The band left of those cells,
/// over those lines (and two lines above and below), is recognised alone as one block; its words
/// replace the page's words inside the band.
enum TranscriptNameBand {
    /// The page's words with the band read again; nil when fewer than three lines begin with an
    /// SKS and a grade right of the page's first third (no cells standing alone), or nothing was read.
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale) -> [OCRWord]? {
        let lines = TranscriptTable.rows(of: words)
        let bare = lines.filter { line in
            line.count >= 2 && line.prefix(3).contains { TranscriptTable.sksValue($0.text) != nil }
                && line.prefix(3).contains { scale.canonical($0.text)?.first?.isLetter == true }
                && (line.first?.box.x ?? 0) * 3 > page.width
        }
        guard bare.count >= 3 else { return nil }
        let starts = bare.compactMap { $0.first?.box.x }.sorted(), height = bare.flatMap { $0.map(\.box.height) }.sorted()[bare.count / 2]
        let right = starts[starts.count / 2] - height
        guard let top = bare.first.map({ TranscriptTable.mean($0) }), let bottom = bare.last.map({ TranscriptTable.mean($0) }) else { return nil }
        let y = max(0, Int(top) - height * 2), band = (width: right, height: Int(bottom) + height * 2 - y)
        guard band.width > height * 4 else { return nil }
        return TranscriptBandReread.words(words, page: page, engine: engine, x: 0, y: y, width: band.width, height: band.height)
    }
}
