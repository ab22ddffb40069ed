import Contracts
import Foundation

extension TranscriptTable {
    /// A summary box printed beside the course table (a landscape transcript's "Jumlah SKS", "IPK",
    /// predicate and signature in the right margin) puts its words on the table's lines: the IPK label
    /// beside a course row would end the table there, its value would be read from the row. The box is
    /// what lies right of a clear gap of two word heights or more, right of the SKS and grade labels,
    /// running down from the header line as far as it stays clear once opened; it must close the table (the
    /// cumulative IPK) on a line of the table's, and be no table itself. Nil when the page shows no such box.
    static func sideBox(_ words: [OCRWord], scale: GradeScale) -> (table: [OCRWord], box: [OCRWord])? {
        let lines = rows(of: words)
        guard let start = lines.firstIndex(where: { TranscriptReader.hasCells(header(of: $0)) }) else { return nil }
        let labels = header(of: lines[start]).filter { [.sks, .grade].contains($0.column) }
        guard let edge = labels.map(\.right).max() else { return nil }
        let heights = words.map(\.box.height).sorted(), least = 2 * heights[heights.count / 2]
        var region: [[OCRWord]] = [], cut: Int?
        for line in lines[start...] {
            let gap = leftmostGap(region + [line], from: edge, least: least)
            if gap == nil, cut != nil { break }
            region.append(line)
            cut = gap
        }
        // the box closes the table beside a line of it (a closing line below the table is no box)
        guard let cut, region.contains(where: { line in
            let (beside, inside) = (line.filter { $0.box.x >= cut }, line.filter { $0.box.x < cut })
            return !inside.isEmpty && !beside.isEmpty && endsTable(beside)
        }) else { return nil }
        let box = region.flatMap { $0.filter { $0.box.x >= cut } }, boxLines = rows(of: box)
        // a second table beside the first (labels of its own, a column of grades) is no box
        guard !boxLines.contains(where: { TranscriptReader.hasCells(header(of: $0)) }),
            TranscriptColumns.gradeColumns(boxLines, scale: scale).isEmpty else { return nil }
        return (words.filter { !box.contains($0) }, box)
    }

    /// Where the first clear vertical gap of at least `least` px right of `edge` ends (the x the
    /// words right of it begin at) on `lines`; nil when none has words right of it.
    static func leftmostGap(_ lines: [[OCRWord]], from edge: Int, least: Int) -> Int? {
        let spans = lines.flatMap { $0 }.map { ($0.box.x, $0.box.x + $0.box.width) }.filter { $0.1 > edge }.sorted { $0.0 < $1.0 }
        var reach = edge
        for span in spans {
            if span.0 - reach >= least { return span.0 }
            reach = max(reach, span.1)
        }
        return nil
    }
}
