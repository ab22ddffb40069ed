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

    /// A wrapped name's last line holding only its Roman numeral ("Bahasa Inggris untuk Tenaga
    /// Kesehatan" / "I"): one word of strokes ("I", "l", "1", "|", "II") starting where the name does,
    /// within half a word height (a table's rule stands in the gap left of the name). Its numeral.
    static func numeralAlone(_ line: [OCRWord], nameLeft: Int) -> String? {
        guard line.count == 1, let word = line.first, (1...3).contains(word.text.count), word.text.allSatisfy({ "|Il1".contains($0) }),
            abs(word.box.x - nameLeft) * 2 <= max(word.box.height, 8) else { return nil }
        return String(repeating: "I", count: word.text.count)
    }

    /// A course name's words without what stands far right of it: a column the header did not
    /// name ("Sifat": W, P; a remark) sits more than four word heights past the name's end, while
    /// a name's own words follow one another at a word's gap. The name is the run with the most
    /// letters and whatever precedes it; runs after it are dropped.
    static func withoutFarRuns(_ words: [OCRWord]) -> [OCRWord] {
        guard words.count >= 2 else { return words }
        let height = words.map(\.box.height).sorted()[words.count / 2]
        var runs: [[OCRWord]] = [[words[0]]]
        for (before, word) in zip(words, words.dropFirst()) {
            if word.box.x - (before.box.x + before.box.width) > height * 4 { runs.append([word]) } else { runs[runs.count - 1].append(word) }
        }
        func letters(_ run: [OCRWord]) -> Int { run.reduce(0) { $0 + $1.text.filter(\.isLetter).count } }
        guard runs.count > 1, let longest = runs.indices.max(by: { letters(runs[$0]) < letters(runs[$1]) }) else { return words }
        return runs[...longest].flatMap { $0 }
    }
}
