import Contracts
import Foundation

extension TranscriptTable {
    /// A table's course codes share their programme's prefix ("AGRO408", "AGRO606", "UNV-101"). A
    /// code that begins with a prefix three or more codes show whole (letters, then only digits) and
    /// goes on with digits some of which were read as the letters they resemble ("AGROSO1"), as
    /// many characters as that prefix's numbers have, has those letters read as digits ("AGRO501").
    /// Other codes are left as read.
    static func withSharedPrefix(_ rows: [CourseRow]) -> [CourseRow] {
        let digitFor: [Character: Character] = ["S": "5", "O": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "B": "8", "G": "6"]
        var lengths: [String: [Int]] = [:]
        for code in rows.compactMap(\.code) {
            let letters = code.prefix { $0.isLetter }.count, prefix = code.prefix(letters + code.dropFirst(letters).prefix { "-. ".contains($0) }.count)
            let rest = code.dropFirst(prefix.count)
            if (2...5).contains(letters), !rest.isEmpty, rest.allSatisfy(\.isNumber) { lengths[String(prefix), default: []].append(rest.count) }
        }
        let prefixes = lengths.filter { $0.value.count >= 3 }.keys.sorted { $0.count > $1.count }
        guard !prefixes.isEmpty else { return rows }
        return rows.map { row in
            guard let code = row.code, let prefix = prefixes.first(where: { code.hasPrefix($0) }), let counts = lengths[prefix] else { return row }
            let rest = code.dropFirst(prefix.count)
            let usual = counts.max { one, other in counts.filter { $0 == one }.count < counts.filter { $0 == other }.count }
            guard rest.count == usual, rest.contains(where: \.isNumber), rest.contains(where: \.isLetter),
                rest.allSatisfy({ $0.isNumber || digitFor[$0] != nil }) else { return row }
            var repaired = row
            repaired.code = prefix + String(rest.map { digitFor[$0] ?? $0 })
            return repaired
        }
    }
}
