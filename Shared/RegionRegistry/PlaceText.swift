import Foundation

/// The one folding of place text used on both sides of a look-up, so a registry name and a
/// printed or misread one compare equal when they spell the same words: upper case, accents
/// dropped, apostrophes removed inside words (`Ta'u` → `TAU`), every other non-letter/digit a
/// single space.
public enum PlaceText {
    public static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The folded words of `text`.
    public static func words(_ text: String) -> [String] {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        var words: [String] = []
        var current = ""
        for scalar in plain.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "`" { continue }
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A regency or city name without its type: `Kota Administrasi Jakarta Selatan` →
    /// `JAKARTA SELATAN`, `Kabupaten Bandung` → `BANDUNG`; and whether it is a city (kota).
    public static func bareRegency(_ name: String) -> (bare: String, isCity: Bool) {
        let folded = fold(name)
        for (prefix, city) in [("KOTA ADMINISTRASI ", true), ("KABUPATEN ADMINISTRASI ", false), ("KABUPATEN ", false), ("KOTA ", true)]
        where folded.hasPrefix(prefix) {
            return (String(folded.dropFirst(prefix.count)), city)
        }
        return (folded, false)
    }
}
