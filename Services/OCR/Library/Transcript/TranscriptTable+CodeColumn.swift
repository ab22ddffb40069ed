import Contracts
import Foundation

extension TranscriptTable {
    /// A header whose "Kode" label OCR lost (blurred, or taken for part of the title block)
    /// still has its column: when most body rows (at least three) begin, left of the name
    /// label, with a word that reads as a course code, those words' span is the code column.
    /// Without it every code is read as the start of the course name.
    static func withInferredCode(_ headers: [Header], body: ArraySlice<[OCRWord]>) -> [Header] {
        guard !headers.contains(where: { $0.column == .code }), let name = headers.first(where: { $0.column == .name }) else { return headers }
        let lines = body.prefix(60).prefix { !endsTable($0) }.filter { $0.count >= 3 }
        let codes: [OCRWord] = lines.compactMap { line in
            guard let first = line.first(where: { word in word.box.x + word.box.width < name.left && !headers.contains { $0.distance(to: word) == 0 } }),
                codeValue(first.text) != nil else { return nil }
            return first
        }
        guard codes.count >= 3, codes.count * 2 > lines.count else { return headers }
        let lefts = codes.map(\.box.x).sorted(), right = codes.map { $0.box.x + $0.box.width }.max() ?? 0
        return headers + [Header(column: .code, left: lefts[lefts.count / 2], right: min(right, name.left - 1))]
    }
}
