import Contracts
import Foundation

extension TranscriptTable {
    /// Where a page's table begins and how its columns lie.
    struct Layout: Equatable {
        var headers: [Header]
        /// The first line of the table's body.
        var start: Int
        /// Whether a line before the first course row counts as unreadable (false on a page that
        /// runs on without labels: its running head is no row).
        var counted: Bool
        /// The page labels its grades as letters ("Nilai Huruf", "HM"): a number under that label
        /// ("201", a period column's cell where the letters were lost) is no grade.
        var lettersOnly = false
        /// A course list's (``TranscriptTable/list(_:scale:)``): its columns are where items print their parts, no cells to crop.
        var isList = false
    }

    /// What a layout reads from the body lines.
    struct Body {
        var rows: [CourseRow] = []
        var cells: [Cells] = []
        var unreadable = 0
        /// The credit totals printed between the rows, with what the rows read above them add up to.
        var totals: [CreditTotal] = []

        /// The rows read with a name of three letters or more.
        var named: Int { rows.filter { $0.name.filter(\.isLetter).count >= 3 }.count }

        /// A totals line's printed SKS, for the rows read since `last` (the previous total's row count) and since the table began.
        mutating func addTotal(_ line: [OCRWord], since last: Int) {
            guard let printed = CreditTotal.printed(on: line.map(\.text)) else { return }
            totals.append(CreditTotal(printed: printed, sinceLast: last..<rows.count, sinceStart: 0..<rows.count, alongside: CreditTotal.alongside(on: line.map(\.text))))
        }
    }

    /// The page's candidate layouts: by the shape of the rows (``TranscriptColumns``, the labels
    /// only as a tie-break there), then by the header labels (or an earlier page's).
    static func layouts(_ lines: [[OCRWord]], scale: GradeScale, continuing: [Header]) -> [Layout] {
        var found: [Layout] = []
        let labelled = lines.firstIndex { header(of: $0).count >= 3 }
        let read = labelled.map { header(at: $0, of: lines, scale: scale) }
        let letters = labelled.map { index in
            (read ?? []).contains { label in
                label.column == .grade && lines[max(0, index - 1)...min(lines.count - 1, index + 1)].joined().contains { word in
                    label.distance(to: word) == 0 && letterLabels.contains(word.text.lowercased().filter(\.isLetter))
                }
            }
        } ?? false
        let shape = TranscriptColumns.inferred(lines, scale: scale, labels: read ?? continuing)
        if let shape {
            let start = labelled.map { $0 < shape.first ? $0 + 1 : shape.first } ?? shape.first
            found.append(Layout(headers: shape.headers, start: start, counted: true, lettersOnly: letters))
        }
        if let index = labelled {
            let body = lines[(index + 1)...]
            let labels = withNameStart(withInferredCode(completed(read ?? [], with: continuing), body: body), body: body)
            // a column of numbers whose label was lost (a two-line "Grade Point") is still no grade column
            let unlabelled = (shape?.headers ?? []).filter { column in
                column.column == .other && !labels.contains { $0.left <= column.right && column.left <= $0.right }
            }
            found.append(Layout(headers: labels + unlabelled, start: index + 1, counted: true, lettersOnly: letters))
        } else if !continuing.isEmpty {
            found.append(Layout(headers: continuing, start: 0, counted: false))
        }
        return found
    }

    /// The layout that reads the most rows (the fewest unreadable on a tie, then the most rows
    /// with a name: a column of text beside the table, a portal's menu, passes for a shape's names
    /// on some rows only; then the most rows with a code: a code typed "MPK 101" makes a shape of two narrow columns,
    /// names and "other", where the labels join it; then the shape's: its columns are where the cells are, the labels' only
    /// where the labels were read). A course
    /// list (``list(_:scale:)``) is taken unless a table reads more rows with a code than it has
    /// items: read as a table, a list's code lines pass for rows named "SKS" and its semester
    /// headings for rows of their own.
    static func best(_ lines: [[OCRWord]], scale: GradeScale, continuing: [Header]) -> (layout: Layout, body: Body)? {
        func coded(_ body: Body) -> Int { body.rows.filter { $0.code != nil }.count }
        let table = layouts(lines, scale: scale, continuing: continuing).map { (layout: $0, body: read(lines, $0, scale: scale)) }
            .max { ($0.body.rows.count, -$0.body.unreadable, $0.body.named, coded($0.body)) < ($1.body.rows.count, -$1.body.unreadable, $1.body.named, coded($1.body)) }
        guard let list = list(lines, scale: scale) else { return table }
        return list.body.rows.count + list.body.unreadable >= table.map { coded($0.body) } ?? 0 ? list : table
    }

    /// The rows under `layout`: summary rows (Jumlah, IPS) and semester headings skipped, a name
    /// line beside cells that were set between two lines joined to them, the name's second line
    /// (an English title) passed over. A line that looks like a course row but does not read
    /// whole is unreadable; after the last row read, only a line with a course code or a row
    /// number is (signatures and notes under the table are no rows). Where the lines under the
    /// names are a bilingual table's translations (``LinesUnderNames``), none is taken as the rest of a name.
    static func read(_ lines: [[OCRWord]], _ layout: Layout, scale: GradeScale, translated: Bool = false) -> Body {
        let table = scale
        let scale = layout.lettersOnly ? GradeScale(points: scale.points, acceptsNumeric: false) : scale
        var body = Body(), between = 0, trailing = 0, waiting: [OCRWord]?, lastTotal = 0, under = LinesUnderNames()
        // the last row read (its line) and the name lines after it that continue its name
        var previous: [OCRWord]?, wrapped: [[OCRWord]] = []
        let nameRight = nameRight(lines[layout.start...], headers: layout.headers, scale: scale)
        func closeWrap() {
            if !wrapped.isEmpty, let last = body.rows.indices.last {
                let nameLeft = previous.flatMap { nameWords($0, headers: layout.headers).map(\.box.x).min() } ?? Int.min
                let more = wrapped.flatMap { line in
                    numeralAlone(line, nameLeft: nameLeft).map { [$0] } ?? withoutRules(nameWords(line, headers: layout.headers)).map { repairName($0.text) }
                }
                body.rows[last].name = ([body.rows[last].name] + more).joined(separator: " ").trimmingCharacters(in: .whitespaces)
            }
            (previous, wrapped) = (nil, [])
        }
        for line in lines[layout.start...] {
            if endsTable(line) { break }
            let joined = waiting.map { ($0 + line).sorted { $0.box.x < $1.box.x } }
            let own = cells(line, headers: layout.headers, scale: scale)
            let fromJoined = own?.row.name.isEmpty == false ? nil : joined.flatMap { line in cells(line, headers: layout.headers, scale: scale).map { (line, $0) } }
            if let read = fromJoined?.1 ?? own {
                under.settle(joinedToNextRow: fromJoined != nil)
                // a name line joined to these cells was no continuation of the row before
                if read.row.name.isEmpty == false, own?.row.name.isEmpty != false, !wrapped.isEmpty { wrapped.removeLast() }
                closeWrap()
                body.rows.append(read.row)
                under.note(read.row)
                body.cells.append(read.cells)
                body.unreadable += between
                (between, trailing, waiting) = (0, 0, nil)
                previous = fromJoined?.0 ?? line
            } else if isSummary(line) || header(of: line).count >= 2 {
                waiting = nil
                under.settle()
                closeWrap()
                // a semester's heading with its credits ("Semester 2 - Genap 2023/2024   10 SKS") totals the rows below it
                let heading = TranscriptLabelReread.isSemesterLabel(line.first) && TranscriptReader.isGroupHeading(line)
                if body.rows.count > lastTotal, isSummary(line), !heading {
                    body.addTotal(line, since: lastTotal)
                    lastTotal = body.rows.count
                }
            } else if body.rows.isEmpty, between == 0, isSubLabels(line) {
                waiting = nil
            } else if isRowLike(line, headers: layout.headers, scale: scale) {
                if layout.counted || !body.rows.isEmpty { between += 1 }
                if isSurelyRow(line, headers: layout.headers) { trailing += 1 }
                waiting = nil
                under.settle()
                closeWrap()
            } else if isSemesterHeading(line) {
                // "SEMESTER IV" between two rows heads the rows below it and continues no name
                waiting = nil
                under.settle()
                closeWrap()
            } else {
                // the first line under a row, of name words only
                let underRow = wrapped.isEmpty && !line.isEmpty && nameWords(line, headers: layout.headers).count == line.count ? previous : nil
                let continuing = !translated && (wrapped.last ?? previous).map { continues($0, with: line, headers: layout.headers, nameRight: nameRight) } == true
                if let underRow { under.hold(line, under: underRow, continues: continuing, headers: layout.headers, nameRight: nameRight) } else { under.settle() }
                if continuing { wrapped.append(line) } else { closeWrap() }
                waiting = line
            }
        }
        closeWrap()
        under.settle()
        body.unreadable += trailing
        if !translated, under.areTranslations { return read(lines, layout, scale: table, translated: true) }
        return body
    }

    /// A short line that opens with "Semester" or "Smt" ("SEMESTER IV", "Semester 3 - Ganjil 2021/2022"): a heading
    /// over the rows that follow, never the rest of a course name.
    static func isSemesterHeading(_ line: [OCRWord]) -> Bool {
        line.count <= 6 && TranscriptLabelReread.isSemesterLabel(line.first)
    }

    /// Totals and averages printed inside a table: Jumlah, Total, IPS, IP Semester, IPK.
    static func isSummary(_ line: [OCRWord]) -> Bool {
        let tokens = Set(line.map { $0.text.lowercased().filter(\.isLetter) })
        return !tokens.isDisjoint(with: ["jumlah", "total", "subtotal", "ips", "ipk", "sks", "gpa"]) && !line.contains { codeValue($0.text) != nil }
            || tokens.contains("ip") || tokens.contains("indeks") && tokens.contains("prestasi")
    }

    /// A line with a course code in the code column, or a word standing in the SKS or grade column.
    /// A semester heading's period read as one number ("SEMESTER I - GASAL 2023/2024" read
    /// "SEMESTER 20237202") is no course code.
    static func isRowLike(_ line: [OCRWord], headers: [Header], scale: GradeScale) -> Bool {
        let cells = headers.filter { $0.column == .sks || $0.column == .grade }
        let heading = TranscriptLabelReread.isSemesterLabel(line.first)
        return line.contains { word in
            cells.contains { $0.distance(to: word) <= Double(word.box.height) / 2 } || !heading && nearest(word, in: headers) == .code && codeValue(word.text) != nil
        }
    }

    /// A line that is a course row whatever else it shows: a course code in the code column,
    /// or a row number in the number column with at least two more words; never a semester heading.
    static func isSurelyRow(_ line: [OCRWord], headers: [Header]) -> Bool {
        guard !TranscriptLabelReread.isSemesterLabel(line.first) else { return false }
        return line.contains { nearest($0, in: headers) == .code && codeValue($0.text) != nil }
            || line.count >= 3 && line.first.map { nearest($0, in: headers) == .number && $0.text.allSatisfy(\.isNumber) } == true
    }

    static func nearest(_ word: OCRWord, in headers: [Header]) -> Column? {
        headers.min { $0.distance(to: word) < $1.distance(to: word) }?.column
    }
}
