import RegionRegistry

extension AddressLabel {
    /// Equal, or within the edits a misread label may have (short labels must be exact). Letter
    /// groups OCR reads for one another (`RI`/`N`, `RN`/`M`, `LI`/`H`, `CL`/`D`, `VV`/`W`) are
    /// folded first on both sides, so `PERIERIMA` is `PENERIMA` misread once, not three times.
    static func same(_ read: String, _ label: String) -> Bool {
        if read == label { return true }
        guard label.count >= 6 else { return false }
        let limit = label.count >= 9 ? 2 : 1
        if TextSimilarity.distance(read, label) <= limit { return true }
        guard abs(read.count - label.count) <= 3, read.first == label.first else { return false }
        return TextSimilarity.distance(glyphFolded(read), glyphFolded(label)) <= limit
    }

    /// `text` with each two-letter group OCR reads for one letter replaced by that letter.
    static func glyphFolded(_ text: String) -> String {
        let pairs: [String: Character] = ["RN": "M", "RI": "N", "LI": "H", "CL": "D", "VV": "W"]
        let letters = Array(text)
        var folded = ""
        var index = 0
        while index < letters.count {
            if index + 1 < letters.count, let letter = pairs[String(letters[index...index + 1])] {
                folded.append(letter)
                index += 2
            } else {
                folded.append(letters[index])
                index += 1
            }
        }
        return folded
    }
}
