import Foundation
import RegionRegistry

/// Snapping of closed-vocabulary values that tolerates stray marks around the printed value
/// ("2 ISLAM 4", "“WNI =", "WNI MOJO" where the place of issue ran into the line).
extension KTPFieldNormaliser {
    /// The vocabulary value that best explains `text` or a run of its words. A run scores its
    /// similarity lowered by the share of characters it leaves unexplained, so a whole reading
    /// close to a long value ("8ELUM KAWIN") beats a shorter value found inside it ("KAWIN").
    static func closest(_ text: String, in vocabulary: [String]) -> (value: String, score: Double)? {
        let tokens = clean(text).split(separator: " ").map { token in
            String(token.filter { $0.isLetter || $0.isNumber || "/()-".contains($0) })
        }.filter { !$0.isEmpty }
        let total = tokens.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        var best: (value: String, score: Double)?
        for start in tokens.indices {
            for end in start..<min(tokens.count, start + 6) {
                let window = tokens[start...end].joined(separator: " ")
                let kept = tokens[start...end].reduce(0) { $0 + $1.count }
                guard let match = TextSimilarity.best(window, in: vocabulary) else { continue }
                let score = match.score * (1 - 0.5 * Double(total - kept) / Double(total))
                if score > (best?.score ?? 0) || (score == best?.score && match.value.count > (best?.value.count ?? 0)) {
                    best = (match.value, score)
                }
            }
        }
        return best
    }

    /// "SEUMUR HIDUP" when the reading is close to it or carries either of its words.
    static func isForLife(_ text: String) -> Bool {
        if TextSimilarity.ratio(text, KTPVocabulary.forLife) >= 0.6 { return true }
        return text.split(separator: " ").contains { word in
            TextSimilarity.ratio(String(word), "HIDUP") >= 0.8 || TextSimilarity.ratio(String(word), "SEUMUR") >= 0.8
        }
    }

    /// A province in the form the card printed: Yogyakarta's cards print "DAERAH ISTIMEWA
    /// YOGYAKARTA" where the registry's short form is "DI YOGYAKARTA" (likewise DKI).
    static func printedProvince(_ name: String, read: String) -> String {
        let expansions = [("DI ", "DAERAH ISTIMEWA "), ("DKI ", "DAERAH KHUSUS IBUKOTA ")]
        guard let (short, long) = expansions.first(where: { name.hasPrefix($0.0) }) else { return name }
        let expanded = long + name.dropFirst(short.count)
        let text = clean(read)
        return TextSimilarity.ratio(text, expanded) > TextSimilarity.ratio(text, name) ? expanded : name
    }

    /// A blood type as printed: A, B, AB or O, with a rhesus sign written against it, or "-"
    /// (unknown). Digits OCR makes of the letters are read back (0/D/Q → O, 8 → B, 4 → A); a sign
    /// standing apart from the letters is a stray mark; a letter doubled ("B8") is one letter.
    /// Nil when the reading is none of these.
    static func bloodType(_ text: String) -> String? {
        let mapped = String(text.uppercased().map { ["0": "O", "8": "B", "4": "A", "D": "O", "Q": "O"][$0] ?? $0 })
        let words = mapped.split(whereSeparator: \.isWhitespace).map { String($0.filter { "ABO+-".contains($0) }) }.filter { !$0.isEmpty }
        guard let word = words.first(where: { $0.contains { "ABO".contains($0) } }) ?? words.first else { return nil }
        var letters = word.filter { "ABO".contains($0) }
        // No type repeats a letter: "BB" ("B8") is one letter read twice.
        if letters.count == 2, letters.first == letters.last { letters.removeLast() }
        guard !letters.isEmpty else { return word.contains("-") ? "-" : nil }
        let sign = word.last.flatMap { "+-".contains($0) ? String($0) : nil } ?? ""
        return KTPVocabulary.bloodTypes.contains(letters + sign) ? letters + sign : nil
    }
}
