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

    let headers: [Header]
    let rows: [CourseRow]
    /// Rows between the header and the table's end that could not be read whole.
    let unreadableRows: Int

    init(words: [OCRWord], scale: GradeScale) {
        let lines = Self.rows(of: words)
        guard let headerIndex = lines.firstIndex(where: { Self.header(of: $0).count >= 3 }) else {
            headers = []; rows = []; unreadableRows = 0
            return
        }
        headers = Self.header(of: lines[headerIndex])
        var rows: [CourseRow] = [], unreadable = 0
        for line in lines[(headerIndex + 1)...] {
            let text = line.map(\.text).joined(separator: " ").lowercased()
            if text.contains("jumlah") || text.contains("ipk") || text.contains("kumulatif") || text.contains("total") { break }
            if let row = Self.row(line, headers: headers, scale: scale) { rows.append(row) } else if line.count >= 2 { unreadable += 1 }
        }
        self.rows = rows
        unreadableRows = unreadable
    }

    /// Words grouped into rows without assuming the rows are level: words are taken left to
    /// right and each joins the row whose last word's centre is nearest its own, within half a
    /// typical word height plus 3 % of the gap between them (a keystoned photo slants rows).
    static func rows(of words: [OCRWord]) -> [[OCRWord]] {
        let heights = words.map(\.box.height).sorted()
        let typical = Double(heights.isEmpty ? 20 : heights[heights.count / 2])
        var rows: [[OCRWord]] = []
        for word in words.sorted(by: { $0.box.x < $1.box.x }) {
            let y = centreY(word)
            let best = rows.indices.compactMap { index -> (Int, Double)? in
                guard let last = rows[index].last, last.box.x + last.box.width <= word.box.x + word.box.width / 2 else { return nil }
                let gap = Double(max(0, word.box.x - (last.box.x + last.box.width)))
                let difference = abs(centreY(last) - y)
                return difference <= typical * 0.5 + 0.03 * gap ? (index, difference) : nil
            }.min { $0.1 < $1.1 }
            if let (index, _) = best { rows[index].append(word) } else { rows.append([word]) }
        }
        return rows.sorted { mean($0) < mean($1) }
    }

    static func mean(_ row: [OCRWord]) -> Double { row.map(centreY).reduce(0, +) / Double(max(row.count, 1)) }

    static func centreY(_ word: OCRWord) -> Double { Double(word.box.y) + Double(word.box.height) / 2 }

    /// The column labels of a row; adjacent words of one label (Mata Kuliah, Kode MK) merge.
    static func header(of line: [OCRWord]) -> [Header] {
        var headers: [Header] = []
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
            default: column = nil
            }
            guard let column else { continue }
            if let last = headers.last, last.column == column {
                headers[headers.count - 1].right = word.box.x + word.box.width
            } else if !headers.contains(where: { $0.column == column }) {
                headers.append(Header(column: column, left: word.box.x, right: word.box.x + word.box.width))
            }
        }
        return Set(headers.map { "\($0.column)" }).count == headers.count ? headers : []
    }
}
