/// The clean reading of an entity's text: OCR confusions repaired where the entity's form makes
/// them certain (digits in NIP, LG numbers and dates; letters in names and ranks), dates as
/// `DD-MM-YYYY`, NIP as 18 digits, names without academic titles, ranks as `<name> <golongan>`.
/// Used on extracted spans and, for comparison, on what an employee proposed.
public enum EntityValue {
    public static func normalise(_ label: EntityLabel, _ text: String) -> String {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch label {
        case .nomorSK: return decreeNumber(collapsed)
        case .nomorLGBKN: return lgNumber(collapsed)
        case .tanggalLGBKN, .tmtKP: return DatePattern.normalise(collapsed) ?? collapsed
        case .nipPNS: return NIPPattern.digits(collapsed) ?? collapsed.filter { $0.isNumber }
        case .namaPNS: return name(collapsed)
        case .pangkatBaru: return RankGazetteer.normalise(collapsed) ?? collapsed
        }
    }

    /// Spaces around `/`, `-` and `.` dropped: `823.3 / 045 /BKD/ 2023` → `823.3/045/BKD/2023`.
    static func decreeNumber(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == " ", let last = out.last, "/-.".contains(last) { continue }
            if "/-.".contains(c), out.last == " " { out.removeLast() }
            out.append(c)
        }
        return out
    }

    /// `LG-` and the number's digits: `LG . 234OOOO0123` → `LG-23400000123`.
    static func lgNumber(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace }
        guard compact.count > 2 else { return compact }
        let rest = compact.dropFirst(2).filter { !"-.:".contains($0) }
        guard let digits = OCRConfusion.digits(rest) else { return compact.uppercased() }
        return "LG-" + digits
    }

    static let prefixTitles: Set<String> = ["dr", "drs", "dra", "ir", "h", "hj", "prof", "drg", "ns", "kh", "r", "rr", "apt", "ners"]

    /// A person's name without academic and religious titles, OCR digits read as letters.
    public static func name(_ text: String) -> String {
        let beforeComma = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        var words = beforeComma.split(separator: " ").map(String.init)
        while let first = words.first, words.count > 1, isPrefixTitle(first) { words.removeFirst() }
        while let last = words.last, words.count > 1, isSuffixTitle(last) { words.removeLast() }
        return words.map(OCRConfusion.letters).joined(separator: " ")
    }

    static func isPrefixTitle(_ word: String) -> Bool {
        let bare = word.lowercased().filter { $0 != "." }
        return prefixTitles.contains(bare) && (word.hasSuffix(".") || bare.count > 1)
    }

    /// `S.Pd`, `M.Si.`, `A.Md`, `S.Kom`: short, dotted, capitalised.
    static func isSuffixTitle(_ word: String) -> Bool {
        let parts = word.split(separator: ".")
        return word.contains(".") && parts.count >= 2 && word.count <= 10 && (word.first?.isUppercase ?? false)
            && parts.allSatisfy { $0.count <= 4 }
    }
}
