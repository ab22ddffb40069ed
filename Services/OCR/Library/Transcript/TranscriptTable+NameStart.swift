import Contracts
import Foundation

extension TranscriptTable {
    /// A "Mata Kuliah" label centred over a wide column of left-aligned names leaves the names'
    /// first words nearer the code label than their own, and they were lost from the names. When
    /// most body rows (at least three) carry, right after a course code under the code label, a
    /// word with letters that begins between the two labels, the name column begins where the
    /// median of those words does.
    static func withNameStart(_ headers: [Header], body: ArraySlice<[OCRWord]>) -> [Header] {
        guard let index = headers.firstIndex(where: { $0.column == .name }), let code = headers.first(where: { $0.column == .code }),
            code.right < headers[index].left else { return headers }
        let name = headers[index]
        let lines = body.prefix(60).prefix { !endsTable($0) }.filter { $0.count >= 3 }
        let starts: [Int] = lines.compactMap { line in
            guard let at = line.firstIndex(where: { code.distance(to: $0) == 0 && codeValue($0.text) != nil }), at + 1 < line.count else { return nil }
            let next = line[at + 1]
            guard next.box.x > code.right, next.box.x < name.left, next.text.contains(where: \.isLetter) else { return nil }
            return next.box.x
        }
        guard starts.count >= 3, starts.count * 2 > lines.count else { return headers }
        var widened = headers
        widened[index].left = starts.sorted()[starts.count / 2]
        return widened
    }
}
