/// The 18-digit NIP (Nomor Induk Pegawai): birth date yyyymmdd, TMT CPNS yyyymm, gender digit
/// (1 man, 2 woman), serial. Written whole, in groups (8 6 1 3) or with dots, often with OCR
/// letters among the digits.
public struct NIPMatch: Sendable, Equatable {
    /// Tokens `tokens.lowerBound..<tokens.upperBound` of the text.
    public var tokens: Range<Int>
    public var digits: String
    /// Whether the birth date, CPNS month, gender and serial are all possible.
    public var plausible: Bool
}

public enum NIPPattern {
    /// The NIP's digits from any written form (groups, dots, OCR letters), or nil if it is not 18 digits.
    public static func digits(_ text: String) -> String? {
        let kept = text.filter { !($0.isWhitespace || $0 == "." || $0 == "-") }
        guard let digits = OCRConfusion.digits(kept), digits.count == 18 else { return nil }
        return digits
    }

    /// Whether the parts of 18 digits make sense for a civil servant.
    public static func isPlausible(_ digits: String) -> Bool {
        let d = Array(digits.utf8).map { Int($0) - 48 }
        guard d.count == 18, d.allSatisfy({ (0...9).contains($0) }) else { return false }
        func number(_ from: Int, _ count: Int) -> Int { d[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
        let birthYear = number(0, 4), birthMonth = number(4, 2), birthDay = number(6, 2)
        let cpnsYear = number(8, 4), cpnsMonth = number(12, 2)
        guard (1940...2010).contains(birthYear), (1...12).contains(birthMonth), (1...31).contains(birthDay) else { return false }
        guard (1960...2035).contains(cpnsYear), cpnsYear >= birthYear + 15, (1...12).contains(cpnsMonth) else { return false }
        return (d[14] == 1 || d[14] == 2) && number(15, 3) > 0
    }

    /// Every run of up to four consecutive digit-like tokens that spells 18 digits.
    public static func find(in tokens: [DecreeToken]) -> [NIPMatch] {
        var matches: [NIPMatch] = []
        var i = 0
        while i < tokens.count {
            var total = 0, confused = 0, j = i
            var found: NIPMatch?
            while j < tokens.count, j < i + 4 {
                let kept = tokens[j].text.filter { $0 != "." && $0 != "-" }
                // A token of confusions only (`l`, `O`) counts inside a NIP (a gender digit read as a
                // letter), never at its start.
                guard !kept.isEmpty, let like = OCRConfusion.digitLike(kept), like.digits > 0 || (j > i && kept.count == 1) else { break }
                total += like.digits + like.confused
                confused += like.confused
                if total > 18 { break }
                if total == 18 {
                    let joined = tokens[i...j].map(\.text).joined()
                    if confused * 3 <= total, let digits = digits(joined) {
                        found = NIPMatch(tokens: i..<(j + 1), digits: digits, plausible: isPlausible(digits))
                    }
                    break
                }
                j += 1
            }
            if let found {
                matches.append(found)
                i = found.tokens.upperBound
            } else {
                i += 1
            }
        }
        return matches
    }
}
