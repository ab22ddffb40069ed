import Contracts
import Foundation

/// A transcript's course table found in OCR words without ruling lines: words grouped into
/// rows by their vertical centres, the columns found both from the header labels (Kode, Mata
/// Kuliah, SKS/K, Nilai/HM) and from the shape of the rows (``TranscriptColumns``), the layout
/// that reads more rows kept, and each row's cells read by their alignment under those columns
/// and against their closed vocabularies; two tables side by side or stacked (each closed by its
/// totals) read one by one. Invariant: a row is kept only with a name, SKS and grade.
struct TranscriptTable {
    /// `other`: a column the reader does not take (grade points, SKS × points, semester).
    enum Column: Equatable { case number, code, name, sks, grade, other }

    /// One header label and the horizontal span of its words.
    struct Header: Equatable {
        var column: Column
        var left: Int
        var right: Int
        var centre: Double { Double(left + right) / 2 }
        func distance(to word: OCRWord) -> Double {
            let low = Double(word.box.x), high = Double(word.box.x + word.box.width)
            if high < Double(left) { return Double(left) - high }
            if low > Double(right) { return low - Double(right) }
            return 0
        }
    }

    /// The words a row's SKS and grade were read from (where to look again).
    struct Cells: Equatable {
        var sks: OCRWord
        var grade: OCRWord
    }

    let headers: [Header]
    let rows: [CourseRow]
    /// Each row's SKS and grade words, in the order of `rows`.
    let cells: [Cells]
    /// Rows between the header and the table's end that could not be read whole.
    let unreadableRows: Int
    /// The credit totals printed inside the table(s), against the rows read.
    let totals: [CreditTotal]
    /// The words of a summary box printed beside the table (``sideBox(_:scale:)``), none when there is none.
    let box: [OCRWord]

    /// `continuing`: the labels of an earlier page, used when this page has none of its own (a
    /// transcript's table running on); then lines before the first course row are not counted.
    init(words: [OCRWord], scale: GradeScale, continuing: [Header] = []) {
        let split = Self.sideBox(words, scale: scale), words = split?.table ?? words
        box = split?.box ?? []
        let lines = Self.rows(of: words)
        let whole = Self.best(lines, scale: scale, continuing: continuing)
        var parts = whole.map { [$0] } ?? []
        // two tables side by side: each half read alone, kept when they read more rows together
        if let halves = Self.sideBySide(words, lines: lines, scale: scale),
            let left = Self.best(Self.rows(of: halves.left), scale: scale, continuing: continuing),
            let right = Self.best(Self.rows(of: halves.right), scale: scale, continuing: continuing),
            left.body.rows.count + right.body.rows.count > whole?.body.rows.count ?? 0, !left.body.rows.isEmpty, !right.body.rows.isEmpty {
            parts = [left, right]
        } else if let halves = Self.repeatedLabels(words, lines: lines),
            let left = Self.best(Self.rows(of: halves.left), scale: scale, continuing: continuing),
            let right = Self.best(Self.rows(of: halves.right), scale: scale, continuing: continuing),
            left.body.rows.count + right.body.rows.count >= whole?.body.rows.count ?? 0 {
            // cut at the labels' repeat: a half whose cells were lost counts its rows unreadable
            parts = [left, right]
        } else if let stacked = Self.stacked(lines, scale: scale, continuing: continuing),
            Self.seesMore(stacked.map(\.body), than: whole?.body) {
            parts = stacked
        }
        headers = parts.first?.layout.headers ?? []
        rows = Self.withLettersForPoints(Self.withSharedPrefix(parts.flatMap(\.body.rows)), scale: scale, labelled: Self.labelsLetters(words))
        cells = parts.flatMap(\.body.cells)
        unreadableRows = parts.map(\.body.unreadable).reduce(0, +)
        totals = CreditTotal.joined(parts.map { ($0.body.totals, $0.body.rows.count) }, runOn: false)
    }

    /// A page's own labels with the cell columns (SKS, grade) it lost taken from another page of
    /// the same transcript, when every label both pages have stands within 40 px of the other's
    /// (a blurred page loses its right-hand labels; the layout is the document's).
    static func completed(_ own: [Header], with other: [Header]) -> [Header] {
        let missing = other.filter { header in [.sks, .grade].contains(header.column) && !own.contains { $0.column == header.column } }
        guard !missing.isEmpty else { return own }
        let shared = own.compactMap { mine in other.first { $0.column == mine.column }.map { (mine, $0) } }
        guard shared.count >= 2, shared.allSatisfy({ abs($0.0.left - $0.1.left) <= 40 }) else { return own }
        return own + missing
    }

    /// The line that closes a transcript's table: the cumulative totals (IPK, "Kumulatif",
    /// "Cumulative", a GPA that is no semester's). Semester totals (Jumlah, IPS, Semester GPA)
    /// stand between groups of rows and do not end it.
    static func endsTable(_ line: [OCRWord]) -> Bool {
        let text = line.map(\.text).joined(separator: " ").lowercased()
        if text.contains("ipk") || text.contains("kumulatif") || text.contains("cumulative") { return true }
        let tokens = line.map { $0.text.lowercased().filter(\.isLetter) }
        return (tokens.contains("gpa") || text.contains("point average")) && !tokens.contains("semester")
    }
}
