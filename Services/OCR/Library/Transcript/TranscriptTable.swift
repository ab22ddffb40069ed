import Contracts
import Foundation

/// A transcript's course table found in OCR words without ruling lines: words grouped into
/// rows by their vertical centres, the header row recognised by its labels (Kode, Mata Kuliah,
/// SKS, Nilai/Huruf), and each later row's cells read by their alignment under those labels and
/// against their closed vocabularies. Invariant: a row is kept only with a name, SKS and grade.
struct TranscriptTable {
    enum Column: Equatable { case number, code, name, sks, grade }

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

    /// `continuing`: the labels of an earlier page, used when this page has none of its own (a
    /// transcript's table running on); then lines before the first course row are not counted.
    init(words: [OCRWord], scale: GradeScale, continuing: [Header] = []) {
        let lines = Self.rows(of: words)
        let body: ArraySlice<[OCRWord]>
        if let headerIndex = lines.firstIndex(where: { Self.header(of: $0).count >= 3 }) {
            body = lines[(headerIndex + 1)...]
            headers = Self.withInferredCode(Self.completed(Self.header(of: lines[headerIndex]), with: continuing), body: body)
        } else if !continuing.isEmpty {
            headers = continuing
            body = lines[...]
        } else {
            headers = []; rows = []; cells = []; unreadableRows = 0
            return
        }
        var rows: [CourseRow] = [], cells: [Cells] = [], unreadable = 0
        for line in body {
            if Self.endsTable(line) { break }
            if let read = Self.cells(line, headers: headers, scale: scale) {
                rows.append(read.row)
                cells.append(read.cells)
            } else if line.count >= 2, !(rows.isEmpty && headers == continuing) { unreadable += 1 }
        }
        self.rows = rows
        self.cells = cells
        unreadableRows = unreadable
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

    /// A line after the table: totals, the IPK, signatures.
    static func endsTable(_ line: [OCRWord]) -> Bool {
        let text = line.map(\.text).joined(separator: " ").lowercased()
        return text.contains("jumlah") || text.contains("ipk") || text.contains("kumulatif") || text.contains("total")
    }

    /// Words grouped into rows without assuming the rows are level: words are taken left to
    /// right and each joins the row whose last word's centre is nearest its own, within half a
    /// typical word height plus 3 % of the gap between them (a keystoned photo slants rows). A
    /// Roman numeral or a colon may overlap the row's last word by half a word height (Tesseract's
    /// box for "Kalkulus" sometimes takes in part of the "I" after it, "Kumulatif" of its ":").
    static func rows(of words: [OCRWord]) -> [[OCRWord]] {
        let heights = words.map(\.box.height).sorted()
        let typical = Double(heights.isEmpty ? 20 : heights[heights.count / 2])
        let slope = slope(of: words, typical: typical)
        func level(_ word: OCRWord) -> Double { centreY(word) - slope * Double(word.box.x) }
        var rows: [[OCRWord]] = []
        for word in words.sorted(by: { $0.box.x < $1.box.x }) {
            let y = level(word)
            let overlap = word.text.count <= 3 && word.text.allSatisfy({ "IVXl|1!:;".contains($0) }) ? Int(typical / 2) : 0
            let best = rows.indices.compactMap { index -> (Int, Double)? in
                guard let last = rows[index].last, last.box.x + last.box.width <= word.box.x + word.box.width / 2 + overlap else { return nil }
                let gap = Double(max(0, word.box.x - (last.box.x + last.box.width)))
                let difference = abs(level(last) - y)
                return difference <= typical * 0.5 + 0.03 * gap ? (index, difference) : nil
            }.min { $0.1 < $1.1 }
            if let (index, _) = best { rows[index].append(word) } else { rows.append([word]) }
        }
        func meanLevel(_ row: [OCRWord]) -> Double { row.map(level).reduce(0, +) / Double(max(row.count, 1)) }
        return rows.sorted { meanLevel($0) < meanLevel($1) }
    }

    /// The page's residual text slope (dy/dx): the median over neighbouring words of one text
    /// line (close, level within half a word height) of the slope between their centres. A
    /// photo the deskew missed slants the rows far more over a wide table than within a line.
    static func slope(of words: [OCRWord], typical: Double) -> Double {
        let sorted = words.sorted { $0.box.x < $1.box.x }
        var slopes: [Double] = []
        for (index, word) in sorted.enumerated() {
            let right = Double(word.box.x + word.box.width)
            let next = sorted[(index + 1)...].prefix(40).first { other in
                let gap = Double(other.box.x) - right
                return gap >= 0 && gap < typical * 2 && abs(centreY(other) - centreY(word)) < typical * 0.5
                    && abs(Double(other.box.height) - Double(word.box.height)) < typical * 0.3
            }
            if let next { slopes.append((centreY(next) - centreY(word)) / Double(max(1, next.box.x - word.box.x))) }
        }
        guard slopes.count >= 8 else { return 0 }
        let median = slopes.sorted()[slopes.count / 2]
        return abs(median) <= 0.2 ? median : 0
    }

    static func mean(_ row: [OCRWord]) -> Double { row.map(centreY).reduce(0, +) / Double(max(row.count, 1)) }

    static func centreY(_ word: OCRWord) -> Double { Double(word.box.y) + Double(word.box.height) / 2 }

    /// The column labels of a row; adjacent words of one label (Mata Kuliah, Kode MK) merge.
    static func header(of line: [OCRWord]) -> [Header] {
        var headers: [Header] = [], unknown: [OCRWord] = []
        for word in line {
            let token = word.text.lowercased().filter(\.isLetter)
            let column: Column?
            switch token {
            case "no", "nomor": column = .number
            case "kode", "kd": column = .code
            case "mata", "kuliah", "matakuliah", "nama", "course": column = .name
            case "sks", "kredit", "sk5", "credits": column = .sks
            case "nilai", "huruf", "grade", "angka": column = .grade
            case "mk": column = headers.last?.column
            // "SxS", "5KS": three letters between an s and an s
            case _ where token.count == 3 && token.first == "s" && token.last == "s": column = .sks
            default: column = nil
            }
            guard let column else {
                if word.text.contains(where: \.isLetter) { unknown.append(word) }
                continue
            }
            if let last = headers.last, last.column == column {
                headers[headers.count - 1].right = word.box.x + word.box.width
            } else if !headers.contains(where: { $0.column == column }) {
                headers.append(Header(column: column, left: word.box.x, right: word.box.x + word.box.width))
            }
        }
        guard Set(headers.map { "\($0.column)" }).count == headers.count else { return [] }
        // one short cell label misread ("N" for "Nilai") between the others: the one missing cell column
        let missing = [Column.sks, .grade].filter { column in !headers.contains { $0.column == column } }
        if headers.count >= 3, missing.count == 1, unknown.count == 1, let word = unknown.first {
            headers.append(Header(column: missing[0], left: word.box.x, right: word.box.x + word.box.width))
        }
        return withInferredName(headers)
    }

    /// A header whose "Mata Kuliah" label OCR lost still has its place: the widest gap (≥ 150 px)
    /// between two labels, the name being the only wide column of a transcript table.
    static func withInferredName(_ headers: [Header]) -> [Header] {
        guard headers.count >= 3, !headers.contains(where: { $0.column == .name }) else { return headers }
        let sorted = headers.sorted { $0.left < $1.left }
        guard let gap = zip(sorted, sorted.dropFirst()).max(by: { $0.1.left - $0.0.right < $1.1.left - $1.0.right }),
            gap.1.left - gap.0.right >= 150 else { return headers }
        return headers + [Header(column: .name, left: gap.0.right + 1, right: gap.1.left - 1)]
    }
}
