/// A calendar date found in the text, with the tokens it spans.
public struct DateMatch: Sendable, Equatable {
    public var tokens: Range<Int>
    public var day: Int
    public var month: Int
    public var year: Int
    /// The date as `DD-MM-YYYY`.
    public var formatted: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day))-\(two(month))-\(year)"
    }
}

/// Dates as decrees write them: `1 April 2023`, `01 APRIL 2023`, `1 Apr. 2023`, `01-04-2023`,
/// `01/04/2023`, `01.04.2023`, `01-Apr-2023`, `2023-04-01`, `01 - 04 - 2023`, old spellings
/// (`Pebruari`, `Nopember`), English month names and OCR letters in the digits.
public enum DatePattern {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
        "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6,
        "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agt": 8, "agu": 8, "ags": 8, "aug": 8, "august": 8,
        "agust": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
        "nopember": 11, "november": 11, "nop": 11, "nov": 11, "desember": 12, "des": 12, "dec": 12, "december": 12,
    ]
    static let longNames = months.filter { $0.key.count >= 5 }

    /// The month a word names, tolerating one OCR error in names of five letters or more.
    public static func month(_ word: String) -> Int? {
        var w = OCRConfusion.letters(word).lowercased()
        while w.hasSuffix(".") || w.hasSuffix(",") { w.removeLast() }
        if let m = months[w] { return m }
        guard w.count >= 5, w.allSatisfy({ $0.isLetter }) else { return nil }
        for (name, m) in longNames where abs(name.count - w.count) <= 1 && Levenshtein.distance(name, w, limit: 1) <= 1 { return m }
        return nil
    }

    static func number(_ text: String, maxDigits: Int, lenient: Bool = false) -> Int? {
        guard !text.isEmpty, text.count <= maxDigits, let like = OCRConfusion.digitLike(text),
              like.digits >= like.confused || (lenient && like.confused <= 2),
              let digits = OCRConfusion.digits(text) else { return nil }
        return Int(digits)
    }

    static func valid(_ d: Int, _ m: Int, _ y: Int) -> Bool {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return false }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// A date written inside one token (`01-04-2023`, `01-Apr-2023`, `2023-04-01`).
    static func single(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3 else { return nil }
        if parts[0].count == 4, let y = number(parts[0], maxDigits: 4), let m = number(parts[1], maxDigits: 2, lenient: true),
           let d = number(parts[2], maxDigits: 2, lenient: true), valid(d, m, y) { return (d, m, y) }
        guard let d = number(parts[0], maxDigits: 2, lenient: true), parts[2].count == 4, let y = number(parts[2], maxDigits: 4) else { return nil }
        guard let m = number(parts[1], maxDigits: 2, lenient: true) ?? month(parts[1]), valid(d, m, y) else { return nil }
        return (d, m, y)
    }

    /// Every date in the tokens, left to right, without overlaps.
    public static func find(in tokens: [DecreeToken]) -> [DateMatch] {
        var matches: [DateMatch] = []
        var i = 0
        while i < tokens.count {
            if let match = match(tokens, at: i) {
                matches.append(match)
                i = match.tokens.upperBound
            } else {
                i += 1
            }
        }
        return matches
    }

    static func match(_ t: [DecreeToken], at i: Int) -> DateMatch? {
        if let (d, m, y) = single(t[i].text) { return DateMatch(tokens: i..<(i + 1), day: d, month: m, year: y) }
        if i + 2 < t.count, let d = number(t[i].text, maxDigits: 2, lenient: true), let m = month(t[i + 1].text), t[i + 2].text.count == 4, let y = number(t[i + 2].text, maxDigits: 4), valid(d, m, y) {
            return DateMatch(tokens: i..<(i + 3), day: d, month: m, year: y)
        }
        guard let d = number(t[i].text, maxDigits: 2) else { return nil }
        if i + 4 < t.count, ["-", "/", "."].contains(t[i + 1].text), t[i + 3].text == t[i + 1].text,
           let m = number(t[i + 2].text, maxDigits: 2) ?? month(t[i + 2].text), t[i + 4].text.count == 4,
           let y = number(t[i + 4].text, maxDigits: 4), valid(d, m, y) {
            return DateMatch(tokens: i..<(i + 5), day: d, month: m, year: y)
        }
        return nil
    }

    /// The date written in `text` as `DD-MM-YYYY`, or nil when `text` holds no date.
    public static func normalise(_ text: String) -> String? {
        let tokens = DecreeText(text).tokens.filter { $0.text != "," }
        return find(in: tokens).first?.formatted
    }
}
