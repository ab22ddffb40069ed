import Contracts
import Foundation

/// A printed page of a whole-study transcript often runs its courses down two tables side by
/// side, each under its own copy of the column labels. In a text layer the copy is exact: a
/// header line whose words repeat themselves ("No Kode Mata Kuliah SKS Nilai No Kode …", in any
/// language) says where the right table begins, whatever the two tables' widths (they differ
/// from page to page). The right table — its labels and the lines under them, down to the line
/// that closes the table (IPK/Kumulatif) or a gap of several lines (a signature, a footer) — is
/// read as a page of its own after the rest of the page, so each table is read whole and in the
/// order it is printed; the student block, the totals and the IPK stay with the rest.
enum TranscriptPDFSideBySide {
    /// The page's words as one table page, or as the page without its right-hand table followed
    /// by that table.
    static func tables(_ words: [OCRWord]) -> [[OCRWord]] {
        let lines = TranscriptTable.rows(of: words)
        guard let first = lines.firstIndex(where: { repeatStart($0) != nil }) else { return [words] }
        // a header over two or three lines ("Course / Code"): the right table begins at the leftmost repeat
        let header = lines[first..<min(lines.count, first + 3)].filter { repeatStart($0) != nil }
        let heights = words.map(\.box.height).sorted()
        let height = Double(heights[heights.count / 2])
        guard let repeated = header.compactMap({ repeatStart($0) }).min() else { return [words] }
        // the rows may begin left of their labels (a code printed under "Kode" centred): the right
        // table's rows begin as far left of its labels as the left table's do of theirs
        let labelStart = Double(lines[first].first?.box.x ?? 0)
        let rowStarts = lines[(first + 1)...].compactMap { $0.first.map { Double($0.box.x) } }.filter { $0 < repeated }.sorted()
        let indent = rowStarts.isEmpty ? 0 : max(0, min(labelStart - rowStarts[rowStarts.count / 2], 4 * height))
        let cut = repeated - indent - height
        var right: [OCRWord] = [], bottom = Double(lines[first].map(\.box.y).min() ?? 0)
        for line in lines[first...] {
            let side = line.filter { Double($0.box.x) >= cut }
            let top = Double(line.map(\.box.y).min() ?? 0)
            // the table runs on while either side prints lines (a group heading in the left one)
            if TranscriptTable.endsTable(line) || top - bottom > 4 * height { break }
            right += side
            bottom = max(bottom, Double(line.map { $0.box.y + $0.box.height }.max() ?? 0))
        }
        // the labels and at least one line under them
        guard TranscriptTable.rows(of: right).count > header.count else { return [words] }
        return [words.filter { !right.contains($0) }, right]
    }

    /// The x where a line's words start over again: the first word of a run that repeats the
    /// line's first three words (or the whole first half, for a two-word label line), letters and
    /// digits compared without case, punctuation ("/") skipped. Nil for a line that does not
    /// repeat itself or that holds a word without letters (a course row: its number, SKS, points).
    static func repeatStart(_ line: [OCRWord]) -> Double? {
        let labels = line.compactMap { word -> (token: String, x: Int)? in
            let token = word.text.lowercased().filter { $0.isLetter || $0.isNumber }
            return token.isEmpty ? nil : (token, word.box.x)
        }
        let tokens = labels.map(\.token)
        // labels only: a course row has a number, SKS or grade point without letters
        guard tokens.count >= 4, tokens.allSatisfy({ $0.contains(where: \.isLetter) }) else { return nil }
        for start in 2...(tokens.count / 2) {
            let length = min(3, tokens.count - start, start)
            guard tokens[start..<start + length] == tokens[0..<length], length >= 3 || start * 2 == tokens.count else { continue }
            return Double(labels[start].x)
        }
        return nil
    }
}
