import Contracts
import Foundation

extension TranscriptList {
    /// A course printed as labelled values (a mobile print, a kiosk slip): its name on a line of its
    /// own ("1. Bahasa Inggris"), then "Kode: UNI-1201  SKS: 2" and "Nilai: B+ (3,30)", on one line or
    /// two. The item is found from its "Kode" line; SKS and grade are taken from that line and the two
    /// below, up to the next item's "Kode"; the name from the one or two lines above, its number dropped.
    static func keyedItem(at index: Int, in lines: [[OCRWord]], scale: GradeScale) -> Item? {
        let line = lines[index].sorted { $0.box.x < $1.box.x }
        guard let label = line.firstIndex(where: { key($0) == "kode" }), let code = value(after: label, in: line),
            TranscriptTable.codeValue(code.text) != nil else { return nil }
        var end = index
        var words = Array(line[(label + 1)...])
        for below in (index + 1)..<min(lines.count, index + 3) {
            let next = lines[below].sorted { $0.box.x < $1.box.x }
            guard !next.contains(where: { key($0) == "kode" }), next.contains(where: { ["sks", "nilai", "grade"].contains(key($0)) }) else { break }
            words += next
            end = below
        }
        guard let sksLabel = words.firstIndex(where: { key($0) == "sks" }), let sks = value(after: sksLabel, in: words),
            let credits = TranscriptTable.sksValue(sks.text) else { return nil }
        let gradeLabel = words.firstIndex { ["nilai", "grade"].contains(key($0)) }
        let grade = gradeLabel.flatMap { value(after: $0, in: words) }.flatMap { scale.canonical($0.text) != nil ? $0 : nil }
        var name: [OCRWord] = [], top = index
        for above in stride(from: index - 1, through: max(0, index - 2), by: -1) {
            let words = lines[above].sorted { $0.box.x < $1.box.x }.drop { isNumbering($0) }
            guard isKeyedName(Array(words), left: line[label].box.x, height: code.box.height) else { break }
            name = Array(words) + name
            top = above
        }
        guard !name.isEmpty else { return nil }
        let labelRight = gradeLabel.map { words[$0].box.x + words[$0].box.width + code.box.height / 2 } ?? Int.max / 2
        let gradeLine = gradeLabel.map { words[$0] } ?? code
        return Item(code: code, credits: credits, sks: sks, name: name, grade: grade, lines: top...end,
            gradeLeft: labelRight, span: gradeLine.box.y..<(gradeLine.box.y + max(gradeLine.box.height, 1)))
    }

    /// A label's name when `word` is one ("Kode:", "SKS:", "Nilai"), lower case, letters only.
    static func key(_ word: OCRWord) -> String {
        let letters = word.text.lowercased().filter(\.isLetter)
        return ["kode", "sks", "nilai", "grade"].contains(letters) ? letters : ""
    }

    /// The word after the label at `index`, a colon OCR set apart skipped.
    static func value(after index: Int, in words: [OCRWord]) -> OCRWord? {
        let rest = words[(index + 1)...].drop { $0.text.allSatisfy { $0 == ":" } }
        return rest.first
    }

    /// An item number before its name ("1.", "12").
    static func isNumbering(_ word: OCRWord) -> Bool {
        let digits = word.text.filter { $0 != "." && $0 != ")" }
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isNumber)
    }

    /// A keyed course's name line: letter words only, no label, no code, starting near the labels' x.
    static func isKeyedName(_ words: [OCRWord], left: Int, height: Int) -> Bool {
        guard let first = words.first, abs(first.box.x - left) <= 2 * height else { return false }
        return words.contains { $0.text.filter(\.isLetter).count >= 3 } && !words.contains { !key($0).isEmpty }
            && !words.contains { TranscriptTable.codeValue($0.text) != nil } && !TranscriptLabelReread.isSemesterLabel(first)
            && !TranscriptTable.isSummary(words)
    }
}
