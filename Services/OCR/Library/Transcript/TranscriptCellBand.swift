import CLeptonica
import Contracts
import Foundation

/// Tesseract's page layout sometimes drops the whole block of cell columns right of the course
/// names (a boxed or shaded block taken for a picture), in both automatic and sparse modes:
/// the page then shows lines of codes and names and nothing else. The band right of the
/// names, over those lines (and a few lines above and below, for the labels and the totals),
/// is recognised alone as one block; its words replace the page's words inside the band.
enum TranscriptCellBand {
    /// The page's words with the band read again; nil when neither three lines begin with a
    /// course code nor five begin their names at one place (no table to look beside), or the band
    /// is too narrow to hold cells.
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine) -> [OCRWord]? {
        let lines = TranscriptTable.rows(of: words)
        let codeLines = lines.filter { line in line.count >= 2 && line.prefix(2).contains { TranscriptTable.codeValue($0.text) != nil } }
        let coded = codeLines.count >= 3 ? codeLines : nameLines(lines)
        guard coded.count >= 3 else { return nil }
        let height = coded.flatMap { $0.map(\.box.height) }.sorted()[coded.count / 2]
        // a name ends at the first wide gap after the code (cells that were read stand beyond it)
        let nameEnds = coded.map { line -> Int in
            var end = line[0].box.x + line[0].box.width
            for word in line.dropFirst() {
                if word.box.x - end > height * 3 { break }
                end = word.box.x + word.box.width
            }
            return end
        }
        guard let nameEnd = nameEnds.max(), let top = coded.first.map({ TranscriptTable.mean($0) }), let bottom = coded.last.map({ TranscriptTable.mean($0) }) else { return nil }
        let x = nameEnd + height, y = max(0, Int(top) - height * 4), band = (width: page.width - x, height: Int(bottom) + height * 4 - y)
        guard band.width > height * 4 else { return nil }
        return TranscriptBandReread.words(words, page: page, engine: engine, x: x, y: y, width: band.width, height: band.height)
    }

    /// Lines of course names where the codes were lost too: the lines whose first word of
    /// letters (three or more, no digits) begins at the place most such words begin (within a
    /// word's height), when there are five or more. Words before it may be anything (a code, a
    /// row number).
    static func nameLines(_ lines: [[OCRWord]]) -> [[OCRWord]] {
        func start(_ line: [OCRWord]) -> OCRWord? {
            line.first { $0.text.filter(\.isLetter).count >= 3 && !$0.text.contains(where: \.isNumber) }
        }
        let starts = lines.compactMap(start)
        guard let height = starts.map(\.box.height).sorted().dropFirst(starts.count / 2).first else { return [] }
        let column = starts.map(\.box.x).max { one, other in
            starts.filter { abs($0.box.x - one) <= height }.count < starts.filter { abs($0.box.x - other) <= height }.count
        }
        guard let column else { return [] }
        let named = lines.filter { line in start(line).map { abs($0.box.x - column) <= height } ?? false }
        return named.count >= 5 ? named : []
    }
}
