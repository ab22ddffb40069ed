/// Reads a printed date (`17-08-1990`, `17 08 1990`, `17.08.90`) into `DD-MM-YYYY`, repairing
/// the letter/digit confusions OCR makes in an all-digit field.
enum KTPDate {
    static let digitRepairs: [Character: Character] = [
        "O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "i": "1", "|": "1", "!": "1", "L": "1", "Z": "2", "z": "2",
        "S": "5", "s": "5", "B": "8", "G": "6", "b": "6", "T": "7", "?": "7", "A": "4", "g": "9", "q": "9",
    ]

    /// Maps look-alike letters to digits; other characters are kept.
    static func repairDigits(_ text: String) -> String {
        String(text.map { digitRepairs[$0] ?? $0 })
    }

    /// The date in `text` as `DD-MM-YYYY`, or nil when there is no plausible date.
    static func normalise(_ text: String, referenceYear: Int = 2026) -> String? {
        let digits = repairDigits(text).filter(\.isNumber).map { Int(String($0)) ?? 0 }
        let day: Int, month: Int, year: Int
        switch digits.count {
        case 8...:
            day = digits[0] * 10 + digits[1]
            month = digits[2] * 10 + digits[3]
            year = digits[4] * 1000 + digits[5] * 100 + digits[6] * 10 + digits[7]
        case 6:
            day = digits[0] * 10 + digits[1]
            month = digits[2] * 10 + digits[3]
            let short = digits[4] * 10 + digits[5]
            year = short + (short > referenceYear % 100 ? 1900 : 2000)
        default:
            return nil
        }
        guard isValid(day: day, month: month, year: year) else { return nil }
        return format(day: day, month: month, year: year)
    }

    static func isValid(day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month), (1900...2100).contains(year), day >= 1 else { return false }
        let days = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    static func format(day: Int, month: Int, year: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day))-\(two(month))-\(year)"
    }
}
