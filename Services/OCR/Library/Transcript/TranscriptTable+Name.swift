import Contracts
import Foundation

extension TranscriptTable {
    /// A course name's words without the table's vertical rules read as letters: a ruled table
    /// puts a "|" (read "|", "I", "l", "1") just before every name, and one at the next column's
    /// edge, well apart from the name's last word. A course name never begins with a lone "I";
    /// its Roman numeral ("Kalkulus I") follows the word before it at a word's gap.
    static func withoutRules(_ words: [OCRWord]) -> [OCRWord] {
        func ruleLike(_ word: OCRWord) -> Bool { word.text.count <= 2 && word.text.allSatisfy { "|Il1![]!¦".contains($0) } }
        var kept = Array(words.drop { ruleLike($0) })
        while kept.count >= 2, let last = kept.last, ruleLike(last) {
            let before = kept[kept.count - 2]
            guard last.box.x - (before.box.x + before.box.width) > before.box.height * 3 / 2 else { break }
            kept.removeLast()
        }
        return kept
    }
}
