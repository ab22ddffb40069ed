import Contracts
import Foundation

extension TranscriptTable {
    /// A page may stack several tables, each closed by its own totals (one KHS sheet per semester
    /// photographed together, a transcript per year): the page's lines cut after each line that
    /// ends a table (its labels, often white on a dark bar, may not have been read at all); nil
    /// when no line but the last few does.
    static func stackedParts(_ lines: [[OCRWord]]) -> [ArraySlice<[OCRWord]>]? {
        let ends = lines.indices.filter { endsTable(lines[$0]) }
        let starts = [0] + ends.map { $0 + 1 }.filter { $0 < lines.count }
        guard starts.count > 1 else { return nil }
        return zip(starts, starts.dropFirst() + [lines.count]).map { lines[$0..<$1] }
    }

    /// Each stacked table read under its own labels (a photo's perspective moves the columns of a
    /// lower sheet), an earlier table's labels carried to one whose own were not read. A table
    /// under its own labels whose cells OCR lost (two or more course lines, none read whole) is
    /// kept for its unreadable rows: dropped, the rows it holds would be silently missing. Nil
    /// unless at least two tables are kept.
    static func stacked(_ lines: [[OCRWord]], scale: GradeScale, continuing: [Header]) -> [(layout: Layout, body: Body)]? {
        guard let parts = stackedParts(lines) else { return nil }
        var read: [(layout: Layout, body: Body)] = [], labels = continuing
        for part in parts {
            guard let table = best(Array(part), scale: scale, continuing: labels),
                !table.body.rows.isEmpty || table.layout.counted && table.body.unreadable >= 2 else { continue }
            read.append(table)
            if !table.body.rows.isEmpty { labels = table.layout.headers }
        }
        return read.count > 1 && read.contains(where: { !$0.body.rows.isEmpty }) ? read : nil
    }

    /// Stacked tables read more rows than the page read as one table, or as many and more rows
    /// it could not read (a lower table whose cells were lost, which the one table never reached).
    static func seesMore(_ parts: [Body], than whole: Body?) -> Bool {
        let rows = parts.map(\.rows.count).reduce(0, +), unreadable = parts.map(\.unreadable).reduce(0, +)
        return rows > whole?.rows.count ?? 0 || rows == whole?.rows.count ?? 0 && unreadable > whole?.unreadable ?? 0
    }
}
