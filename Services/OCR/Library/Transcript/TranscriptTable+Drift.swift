import Contracts

extension TranscriptTable {
    /// A transcript pasted into an e-mail aligns its columns with tabs or spaces in a proportional font: the cells
    /// drift from their labels row by row, and a grade may lie nearer the SKS label than its own. Where a row's
    /// cells were not found by their labels, its last words, one per label right of the name and each reading as
    /// its column's value in the labels' order, are its cells: the grade a letter, the row starting left of the
    /// name label's end (a signature block's "NIP. 19720210 199304 2 012" under the table is no course). Nil when
    /// any of them does not read so.
    static func cellsInOrder(_ line: [OCRWord], headers: [Header], scale: GradeScale)
        -> (sks: (index: Int, value: String), grade: (index: Int, value: String))? {
        guard let name = headers.first(where: { $0.column == .name }), let first = line.map(\.box.x).min(), first < name.right else { return nil }
        let cells = headers.filter { $0.left > name.right }.sorted { $0.left < $1.left }
        guard cells.count >= 2, cells.count < line.count else { return nil }
        let last = line.indices.sorted { line[$0].box.x < line[$1].box.x }.suffix(cells.count)
        var sks: (index: Int, value: String)?, grade: (index: Int, value: String)?
        for (header, index) in zip(cells, last) {
            guard line[index].box.x > name.left else { return nil }
            switch header.column {
            case .sks:
                guard let value = sksValue(line[index].text) else { return nil }
                sks = (index, String(value))
            case .grade:
                guard let value = scale.canonical(line[index].text), value.first?.isLetter == true else { return nil }
                grade = (index, value)
            default:
                guard line[index].text.contains(where: \.isNumber) else { return nil }
            }
        }
        guard let sks, let grade else { return nil }
        return (sks, grade)
    }
}
