import Contracts
import Foundation

extension TranscriptTable {
    /// A page printing two course tables side by side (common on Indonesian transcripts: two
    /// semesters, or one long list in two halves) shows two grade columns. The right table
    /// repeats the left one's columns shifted by the distance between the grade columns, so it
    /// begins that far right of where the left table begins; the words are cut there and each
    /// half read as a table of its own. Nil when the page shows fewer than two grade columns.
    static func sideBySide(_ words: [OCRWord], lines: [[OCRWord]], scale: GradeScale) -> (left: [OCRWord], right: [OCRWord])? {
        sideBySideCut(lines, scale: scale).flatMap { halves(words, at: $0) }
    }

    /// The words left and right of `cut` by their centres; nil when one side has none.
    static func halves(_ words: [OCRWord], at cut: Double) -> (left: [OCRWord], right: [OCRWord])? {
        let parts = Dictionary(grouping: words) { Double($0.box.x) + Double($0.box.width) / 2 < cut }
        guard let left = parts[true], let right = parts[false] else { return nil }
        return (left, right)
    }

    /// Where the right table of two side by side begins (see ``sideBySide(_:lines:scale:)``), from the grade columns.
    static func sideBySideCut(_ lines: [[OCRWord]], scale: GradeScale) -> Double? {
        let columns = TranscriptColumns.gradeColumns(lines, scale: scale)
        guard columns.count >= 2 else { return nil }
        let sorted = columns.sorted { $0.count > $1.count }.prefix(2).sorted { mid($0) < mid($1) }
        let (left, right) = (sorted[0], sorted[1])
        guard right.count * 2 >= left.count, left.count * 2 >= right.count else { return nil }
        // where the left table begins: the first word of its row lines, most of them
        let starts = Set(left.map(\.line)).compactMap { lines[$0].first?.box.x }.sorted()
        guard !starts.isEmpty else { return nil }
        let start = starts[starts.count / 2], shift = mid(right) - mid(left)
        let cut = Double(start) + shift - Double(left.map(\.word.box.height).max() ?? 0)
        return cut > mid(left) ? cut : nil
    }

    /// A header line that repeats its labels ("Kode Mata Kuliah SKS Nilai Kode Mata Kuliah SKS
    /// Nilai") says where the right table begins even when one table's grades were all lost
    /// (no second grade column to measure by): the words are cut a word height left of the repeat.
    static func repeatedLabels(_ words: [OCRWord], lines: [[OCRWord]]) -> (left: [OCRWord], right: [OCRWord])? {
        repeatCut(words, lines: lines).flatMap { halves(words, at: $0) }
    }

    /// Where the right table begins by a header line's repeated labels (see ``repeatedLabels(_:lines:)``).
    static func repeatCut(_ words: [OCRWord], lines: [[OCRWord]]) -> Double? {
        guard let start = lines.lazy.compactMap(TranscriptPDFSideBySide.repeatStart).first else { return nil }
        let heights = words.map(\.box.height).sorted()
        return start - Double(heights[heights.count / 2])
    }

    /// The page's words as the tables they belong to (a summary box beside the table apart: ``sideBox(_:scale:)``): the two halves of a page printing two
    /// tables side by side when each half reads rows of its own (or, cut at the labels' repeat,
    /// has a layout of its own), the stacked tables of a page (``stackedParts``) when two of
    /// them read rows, else all the words as one.
    static func tables(_ words: [OCRWord], scale: GradeScale, continuing: [Header] = []) -> [[OCRWord]] {
        if let split = sideBox(words, scale: scale) { return tables(split.table, scale: scale, continuing: continuing) + [split.box] }
        let lines = rows(of: words)
        if let halves = sideBySide(words, lines: lines, scale: scale),
            best(rows(of: halves.left), scale: scale, continuing: continuing)?.body.rows.isEmpty == false,
            best(rows(of: halves.right), scale: scale, continuing: continuing)?.body.rows.isEmpty == false {
            return [halves.left, halves.right]
        }
        if let halves = repeatedLabels(words, lines: lines), best(rows(of: halves.left), scale: scale, continuing: continuing) != nil,
            best(rows(of: halves.right), scale: scale, continuing: continuing) != nil {
            return [halves.left, halves.right]
        }
        guard let parts = stackedParts(lines), stacked(lines, scale: scale, continuing: continuing) != nil else { return [words] }
        return parts.map { $0.flatMap { $0 } }
    }

    private static func mid(_ column: [TranscriptColumns.Cell]) -> Double {
        column.map(\.centre).reduce(0, +) / Double(max(column.count, 1))
    }
}

extension TranscriptColumns {
    /// The page's columns of letter grades on at least three lines, left to right; with `numeric`,
    /// of numeric grades instead (two decimals within 0…4: "3.75", "4,00" — a KHS of grade points).
    static func gradeColumns(_ lines: [[OCRWord]], scale: GradeScale, numeric: Bool = false) -> [[Cell]] {
        let heights = lines.flatMap { $0.map(\.box.height) }.sorted()
        guard !heights.isEmpty else { return [] }
        var grades: [Cell] = []
        for (index, line) in lines.enumerated() {
            for word in line where word.text.count <= (numeric ? 4 : 3) {
                guard let grade = numeric ? numericGrade(word.text, scale: scale) : scale.canonical(word.text),
                    numeric || grade.first?.isLetter == true, let points = scale.value(of: grade) else { continue }
                grades.append(Cell(line: index, word: word, value: points))
            }
        }
        // a column of digits read as letters ("0" as D: a two-level header's practical-credits column
        // of zeros) is none: in a letter column a blurred scan may read many an A as "4", never nearly all
        return clusters(grades, tolerance: Double(heights[heights.count / 2]) * 0.75).filter { column in
            lineCount(column) >= 3 && (numeric || column.filter { $0.word.text.first?.isLetter == true }.count * 4 >= column.count)
        }
    }

    /// A grade point printed with two decimals ("3.75", "4,00"), canonical; nil for anything else.
    private static func numericGrade(_ text: String, scale: GradeScale) -> String? {
        let characters = Array(text)
        guard scale.acceptsNumeric, characters.count == 4, characters[0].isNumber, ".,".contains(characters[1]),
            characters[2].isNumber, characters[3].isNumber else { return nil }
        return scale.canonical(text)
    }
}
