import Contracts
import Foundation

extension TranscriptColumns {
    /// Cells grouped into columns by their horizontal centres: sorted left to right, a new
    /// column begins where the next centre is more than `tolerance` from the last (a column
    /// drifts a little over a keystoned photo; neighbouring columns stand apart).
    static func clusters(_ cells: [Cell], tolerance: Double) -> [[Cell]] {
        var columns: [[Cell]] = []
        for cell in cells.sorted(by: { $0.centre < $1.centre }) {
            if let last = columns.last?.last, cell.centre - last.centre <= tolerance { columns[columns.count - 1].append(cell) } else { columns.append([cell]) }
        }
        return columns
    }

    static func lineCount(_ column: [Cell]) -> Int { Set(column.map(\.line)).count }

    /// A column counting down the rows (1, 2, 3 …; a missed row or a restart allowed).
    static func isRowNumber(_ column: [Cell]) -> Bool {
        let values = column.sorted { $0.line < $1.line }.map(\.value)
        let steps = zip(values, values.dropFirst()).map { $1 - $0 }
        return steps.count >= 2 && steps.filter { $0 == 1 }.count * 10 >= steps.count * 7
    }

    /// A cell's number: "3", "12", "3,50", "12.00" (an integer of at most three digits or a decimal).
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " .:;|'()[]\"“”‘’„"))
        if let value = GradeScale.number(trimmed) { return value }
        guard !trimmed.isEmpty, trimmed.count <= 3, trimmed.allSatisfy(\.isNumber) else { return nil }
        return Double(trimmed)
    }

    static func span(_ column: [Cell]) -> (left: Int, right: Int) {
        (column.map(\.word.box.x).min() ?? 0, column.map { $0.word.box.x + $0.word.box.width }.max() ?? 0)
    }

    static func overlaps(_ header: Header, _ span: (left: Int, right: Int)) -> Bool {
        header.left <= span.right && span.left <= header.right
    }

    /// The course names' column: from where the row lines' first free words (letters, in no
    /// other column, no code or period like "2017/2018Gasal") begin to where the longest ends. Row lines without names (a name printed
    /// on two lines beside cells centred between them) lend the lines next to them.
    static func nameSpan(_ lines: [[OCRWord]], rows: [Int], taken: [Header]) -> (left: Int, right: Int)? {
        func names(_ index: Int) -> [OCRWord] {
            lines[index].filter { word in
                word.text.filter(\.isLetter).count >= 2 && TranscriptTable.codeValue(word.text) == nil && !TranscriptTable.holdsLongNumber(word.text)
                    && !taken.contains { overlaps($0, (word.box.x, word.box.x + word.box.width)) }
            }
        }
        var found = rows.map(names).filter { !$0.isEmpty }
        if found.count * 2 < rows.count {
            let neighbours = Set(rows.flatMap { [$0 - 1, $0 + 1] }).subtracting(rows).filter { lines.indices.contains($0) }
            found += neighbours.sorted().map(names).filter { !$0.isEmpty }
        }
        guard found.count * 2 >= rows.count else { return nil }
        let lefts = found.compactMap { $0.map(\.box.x).min() }.sorted()
        return (lefts[lefts.count / 10], found.flatMap { $0.map { $0.box.x + $0.box.width } }.max() ?? 0)
    }

    /// Columns that overlap made disjoint: the name column gives way to its neighbour, two cell
    /// columns meet halfway.
    static func separated(_ headers: [Header]) -> [Header] {
        var sorted = headers.sorted { $0.left < $1.left }
        for index in sorted.indices.dropLast() where sorted[index].right >= sorted[index + 1].left {
            if sorted[index].column == .name {
                sorted[index].right = sorted[index + 1].left - 1
            } else if sorted[index + 1].column == .name {
                sorted[index + 1].left = sorted[index].right + 1
            } else {
                let middle = (sorted[index].right + sorted[index + 1].left) / 2
                (sorted[index].right, sorted[index + 1].left) = (middle, middle + 1)
            }
        }
        return sorted.filter { $0.left <= $0.right }
    }
}

extension TranscriptTable.Header {
    init(column: TranscriptTable.Column, span: (left: Int, right: Int)) {
        self.init(column: column, left: span.left, right: span.right)
    }
}
