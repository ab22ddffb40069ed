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

    /// Words grouped into rows: a word joins the row whose running centre is within half a
    /// typical word height of its own; rows come top to bottom, words left to right.
    static func rows(of words: [OCRWord]) -> [[OCRWord]] {
        let heights = words.map(\.box.height).sorted()
        let typical = Double(heights.isEmpty ? 20 : heights[heights.count / 2])
        var rows: [(centre: Double, words: [OCRWord])] = []
        for word in words.sorted(by: { centreY($0) < centreY($1) }) {
            let y = centreY(word)
            if let last = rows.indices.last, abs(rows[last].centre - y) <= typical * 0.55 {
                rows[last].words.append(word)
                rows[last].centre = rows[last].words.map(centreY).reduce(0, +) / Double(rows[last].words.count)
            } else {
                rows.append((y, [word]))
            }
        }
        return rows.map { $0.words.sorted { $0.box.x < $1.box.x } }
    }

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
