/// Repairs that follow from how Indonesian addresses and names are written, not from any one
/// card: Roman numerals after a street, alley or hamlet name, and the Balinese birth-order prefix.
extension KTPFieldNormaliser {
    static let strokes: Set<Character> = ["I", "L", "|", "1", "!", "l", "]", "["]
    static let numerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    static let numberIntroducers: Set<String> = ["NO", "NO.", "NOMOR", "KM", "KM.", "BLOK", "BLK", "BLK.", "RT", "RW", "RT.", "RW."]

    /// "GG. MAWAR ILL NO. 7" → "GG. MAWAR III NO. 7", "DUSUN KRAJAN |" → "DUSUN KRAJAN I": a short
    /// word of vertical strokes (and V/X) that spells a Roman numeral once the strokes are read as
    /// I, standing after a word of letters. A bare "1" or "11" is taken as a numeral only at the
    /// end or before NO., and never after NO./KM/BLOK/RT, where numbers are Arabic.
    static func repairingRomanNumerals(_ words: [String]) -> [String] {
        var words = words
        for index in words.indices.dropFirst() {
            let word = words[index], previous = words[index - 1]
            guard word.count <= 4, word.contains(where: strokes.contains),
                word.allSatisfy({ strokes.contains($0) || $0 == "V" || $0 == "X" }),
                !numberIntroducers.contains(previous), previous.contains(where: \.isLetter), !previous.contains(where: \.isNumber)
            else { continue }
            let numeral = String(word.map { strokes.contains($0) ? "I" : $0 })
            guard numerals.contains(numeral) else { continue }
            if word.allSatisfy(\.isNumber) {
                let next = index + 1 < words.count ? words[index + 1] : nil
                guard next == nil || next?.hasPrefix("NO") == true else { continue }
            }
            words[index] = numeral
        }
        return words
    }

    /// "TEGALREJO IT" → "TEGALREJO II", "MELATI IN NO. 5" → "MELATI III NO. 5": the strokes of a
    /// numeral run together under blur, the second I read as a T (its serifs joined) or the last
    /// two as an N (the gap between them a smear). Only a stroke followed by T or N, after a word
    /// of letters, at the address's end or before NO. (where such a numeral stands).
    static func repairingJoinedStrokes(_ words: [String]) -> [String] {
        var words = words
        for index in words.indices.dropFirst() {
            let word = words[index], previous = words[index - 1]
            let next = index + 1 < words.count ? words[index + 1] : nil
            guard word.count == 2, let first = word.first, strokes.contains(first), let last = word.last,
                let numeral = ["T": "II", "N": "III"][last],
                previous.count >= 3, previous.allSatisfy(\.isLetter), !numberIntroducers.contains(previous),
                next == nil || next?.hasPrefix("NO") == true
            else { continue }
            words[index] = numeral
        }
        return words
    }

    /// Titles in street names are abbreviated with a period ("JL. JEND. SUDIRMAN", "JL. KH. AHMAD
    /// DAHLAN"); a comma OCR read after one is that period.
    static let titleAbbreviations: Set<String> = ["JEND", "KOL", "LETJEN", "MAYJEN", "BRIGJEN", "LET", "KH", "DR", "IR", "PROF", "RA", "R.A", "HJ", "H"]

    static func repairingAbbreviationCommas(_ words: [String]) -> [String] {
        words.map { word in
            guard word.hasSuffix(","), titleAbbreviations.contains(String(word.dropLast())) else { return word }
            return String(word.dropLast()) + "."
        }
    }

    static let balineseOrder = ["WAYAN", "MADE", "NYOMAN", "KETUT", "GEDE", "GUSTI", "PUTU", "KADEK", "KOMANG", "LUH", "AYU"]

    /// "INYOMAN SUDARSANA" → "I NYOMAN SUDARSANA", "NIKETUT" → "NI KETUT": OCR often drops the
    /// space after the one- or two-letter prefix of Balinese names.
    static func separatingBalinesePrefix(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        guard let first = words.first else { return name }
        for prefix in ["NI", "I"] where first.hasPrefix(prefix) {
            let rest = String(first.dropFirst(prefix.count))
            if balineseOrder.contains(rest) {
                words.replaceSubrange(0...0, with: [prefix, rest])
                return words.joined(separator: " ")
            }
        }
        return name
    }
}
