import Contracts
import Foundation

extension TranscriptTable {
    /// What the lines of name words standing under a table's rows tell: the rest of wrapped names,
    /// or a bilingual table's translations. Gathered row by row while the table is read, judged once
    /// it is: translations when three or more stand under names too short to wrap and at least as many
    /// as seemed to wrap; or when a line stands under nine rows in ten, a name filling less than 60 % of
    /// its column among them; or when two or more, and half of them, read as English under names that
    /// do not, in a table whose names hardly ever do. A column of wrapped names has few lines under its
    /// short names, and they read as its names do.
    struct LinesUnderNames {
        /// rows whose next line passed for their name's rest; rows whose next line could not be it
        var wraps = 0, underShort = 0
        /// how full the name column is on each row with a line under it
        var fills: [Double] = []
        /// lines under a name that read as English while the name does not
        var english = 0
        /// rows read, and those whose name (its first line) reads as English
        var rows = 0, englishNames = 0

        /// Notes a row as read, before any line under it is joined to its name.
        mutating func note(_ row: CourseRow) {
            rows += 1
            if looksEnglish(row.name.split(separator: " ").map(String.init)) { englishNames += 1 }
        }

        /// The line last held, until the next line tells whether it was under its row or above the next.
        private var held: (fill: Double?, english: Bool, continues: Bool)?

        /// Holds `line`, the first line of name words under the row `row` (`continues`: it passed for
        /// the name's rest; `nameRight`: the column's right edge), until ``settle(joinedToNextRow:)``.
        mutating func hold(_ line: [OCRWord], under row: [OCRWord], continues: Bool, headers: [Header], nameRight: Int) {
            settle()
            let english = looksEnglish(line.map(\.text)) && !looksEnglish(nameWords(row, headers: headers).map(\.text))
            held = (nameFill(row, headers: headers, nameRight: nameRight), english, continues)
        }

        /// Counts the held line, unless it was joined to the cells of the row after it (a name set
        /// above its centred cells is that row's, not a line under the row before).
        mutating func settle(joinedToNextRow: Bool = false) {
            guard let line = held else { return }
            held = nil
            guard !joinedToNextRow else { return }
            if line.continues { wraps += 1 } else { underShort += 1 }
            if let fill = line.fill {
                fills.append(fill)
                if line.english { english += 1 }
            }
        }

        /// Whether the lines under the names are translations.
        var areTranslations: Bool {
            guard wraps > 0 else { return false }
            let underNearlyAll = rows >= 3 && fills.count * 10 >= rows * 9 && (fills.min() ?? 1) < 0.6
            return underShort >= 3 && underShort >= wraps || underNearlyAll
                || english >= 2 && english * 2 >= fills.count && englishNames * 10 < rows
        }
    }

    /// A line with a word Indonesian course names never have: "of", "and", "the", "to", "for",
    /// "with", or an English ending ("-tion", "-ics", "-ment", "-ship", "-ogy", "-ity", "-ness";
    /// Indonesian writes "-si", "-ika", "-men", "-logi", "-itas").
    static func looksEnglish(_ words: [String]) -> Bool {
        words.contains { word in
            let text = word.lowercased().filter(\.isLetter)
            return ["of", "and", "the", "to", "for", "with"].contains(text)
                || text.count >= 6 && ["tion", "tions", "ics", "ment", "ments", "ship", "ogy", "ity", "ness"].contains { text.hasSuffix($0) }
        }
    }

    /// How much of its column a row's name takes, from its first word to the column's right edge
    /// (`nil` when the row shows no name or the edge is not known).
    static func nameFill(_ row: [OCRWord], headers: [Header], nameRight: Int) -> Double? {
        let names = nameWords(row, headers: headers)
        guard nameRight < Int.max, let left = names.map(\.box.x).min(), let right = names.map({ $0.box.x + $0.box.width }).max(), nameRight > left else { return nil }
        return Double(right - left) / Double(nameRight - left)
    }
}
