import Contracts
import Foundation

/// A course table's columns found from the shape of its rows, whatever its header words say
/// (universities print SKS as "K", "Kredit", "sks"; grades as "HM", "Huruf", "Nilai"): the
/// grade column is where most lines carry a grade of the scale; the SKS column holds small
/// integers and, where the table prints a product column (K×AM, Mutu), the one whose value
/// times the grade's points is that product on the same row; a column counting 1, 2, 3 down the
/// rows is the row number; a column of course codes sits left of the names. Header labels only
/// break ties, and keep letters or numbers under another column's label (Kelas, Smt) from being taken for grades or SKS. Invariant: the columns returned do not overlap, and include SKS, grade and name.
enum TranscriptColumns {
    typealias Header = TranscriptTable.Header

    /// A word of a row line that reads as a cell value.
    struct Cell {
        var line: Int
        var word: OCRWord
        var value: Double
        var centre: Double { Double(word.box.x) + Double(word.box.width) / 2 }
    }

    /// The columns and the index of the first row line; nil when fewer than three lines have a
    /// grade in one column (a letter, else a two-decimal grade point) or no column of SKS beside it.
    static func inferred(_ lines: [[OCRWord]], scale: GradeScale, labels: [Header] = []) -> (headers: [Header], first: Int)? {
        let heights = lines.flatMap { $0.map(\.box.height) }.sorted()
        guard !heights.isEmpty else { return nil }
        let tolerance = Double(heights[heights.count / 2]) * 0.75
        // a column of letters under a label of another column (Kelas: the class section A, B, C) holds no grades
        // a page of grade points (no letter column anywhere) has its numeric column of grades
        let lettered = gradeColumns(lines, scale: scale)
        let letters = (lettered.isEmpty ? gradeColumns(lines, scale: scale, numeric: true) : lettered)
            .filter { column in !labels.contains { $0.column == .other && overlaps($0, span(column)) } }
        guard let gradeColumn = letters.max(by: { lineCount($0) < lineCount($1) }) else { return nil }
        var gradeOf: [Int: Cell] = [:]
        let mid = gradeColumn.map(\.centre).reduce(0, +) / Double(gradeColumn.count)
        for cell in gradeColumn where gradeOf[cell.line].map({ abs($0.centre - mid) > abs(cell.centre - mid) }) ?? true { gradeOf[cell.line] = cell }
        let rowLines = gradeOf.keys.sorted()
        let numbers = rowLines.flatMap { index in
            lines[index].compactMap { word -> Cell? in
                guard word.box != gradeOf[index]?.word.box, let value = number(word.text) else { return nil }
                return Cell(line: index, word: word, value: value)
            }
        }
        let columns = clusters(numbers, tolerance: tolerance).filter { lineCount($0) * 2 >= rowLines.count }
        let counting = columns.filter(isRowNumber)
        // small integers under a label of a column not read (Smt: the semester of each course) are no credits
        let credits = columns.filter { column in
            !isRowNumber(column) && column.filter { TranscriptTable.sksValue($0.word.text) != nil }.count * 5 >= column.count * 4
                && !labels.contains { $0.column == .other && overlaps($0, span(column)) }
        }
        func products(_ column: [Cell]) -> Int {
            column.filter { cell in
                guard let points = gradeOf[cell.line]?.value else { return false }
                // one credit times the points is the points column itself: no evidence
                return cell.value >= 2 && numbers.contains { $0.line == cell.line && $0.word.box != cell.word.box && abs($0.value - cell.value * points) < 0.011 && points > 0 }
            }.count
        }
        func labelled(_ column: [Cell]) -> Bool { labels.contains { $0.column == .sks && overlaps($0, span(column)) } }
        func distance(_ column: [Cell]) -> Double { abs(column.map(\.centre).reduce(0, +) / Double(column.count) - mid) }
        guard let sks = credits.max(by: { (products($0), labelled($0) ? 1 : 0, -distance($0)) < (products($1), labelled($1) ? 1 : 0, -distance($1)) }) else { return nil }
        var headers = [Header(column: .grade, span: span(gradeColumn)), Header(column: .sks, span: span(sks))]
        if let first = counting.min(by: { span($0).left < span($1).left }) { headers.append(Header(column: .number, span: span(first))) }
        for column in columns where !headers.contains(where: { overlaps($0, span(column)) }) { headers.append(Header(column: .other, span: span(column))) }
        let taken = headers
        let codes = rowLines.compactMap { index in
            lines[index].first { word in TranscriptTable.codeValue(word.text) != nil && !taken.contains { overlaps($0, (word.box.x, word.box.x + word.box.width)) } }
                .map { Cell(line: index, word: $0, value: 0) }
        }
        if let code = clusters(codes, tolerance: tolerance * 3).max(by: { $0.count < $1.count }), code.count * 2 >= rowLines.count {
            headers.append(Header(column: .code, span: span(code)))
        }
        // a labelled code or number column the rows did not show (codes misread) keeps its place,
        // and so does a labelled column of words the reader does not take (Kelas: no part of the name)
        for label in labels where [.code, .number, .other].contains(label.column)
            && !headers.contains(where: { ($0.column == label.column && label.column != .other) || overlaps($0, (label.left, label.right)) }) {
            headers.append(label)
        }
        guard let name = nameSpan(lines, rows: rowLines, taken: headers) else { return nil }
        headers.append(Header(column: .name, span: name))
        return (separated(headers), rowLines[0])
    }
}
