import Contracts
import Foundation

extension TranscriptTable {
    /// A course name too long for its column wraps onto the lines below its first. A line of name
    /// words only continues the row above when that row's name could not have taken the line's
    /// first word: the name's end, a space and that word pass the column's right edge (the widest
    /// name the table's rows show), and the line begins where the name does. The row's cells may
    /// stand level with the name's first line or be centred between its lines. A second title line
    /// under a short name fails the first test; a table of translations under every name is told
    /// apart as a whole (``LinesUnderNames``).
    static func continues(_ row: [OCRWord], with line: [OCRWord], headers: [Header], nameRight: Int) -> Bool {
        let names = nameWords(row, headers: headers), more = nameWords(line, headers: headers)
        guard let first = more.first, more.count == line.count, let left = names.map(\.box.x).min(),
            let right = names.map({ $0.box.x + $0.box.width }).max() else { return false }
        let height = max(first.box.height, 8)
        return abs(first.box.x - left) <= height * 3 / 2 && right + height / 3 + first.box.width > nameRight
    }

    /// The words of a line standing in its name column (no course code, no row number).
    static func nameWords(_ line: [OCRWord], headers: [Header]) -> [OCRWord] {
        line.filter { nearest($0, in: headers) == .name && codeValue($0.text) == nil && $0.text.contains(where: \.isLetter) }
    }

    /// The right edge of the name column: where the longest name of a row read whole ends.
    static func nameRight(_ lines: ArraySlice<[OCRWord]>, headers: [Header], scale: GradeScale) -> Int {
        lines.prefix { !endsTable($0) }.filter { cells($0, headers: headers, scale: scale) != nil }
            .compactMap { nameWords($0, headers: headers).map { $0.box.x + $0.box.width }.max() }.max() ?? Int.max
    }
}
