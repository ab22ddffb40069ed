import Contracts

/// The sex row also carries the blood type: "LAKI-LAKI      Gol. Darah : O", two fields set
/// far apart on one printed line. When OCR loses or garbles the "Gol. Darah" label ("rah : A",
/// "Gt -"), the wide space between the two fields still shows where the blood type starts.
extension KTPLayoutParser {
    /// Splits the sex row's value words into the sex words and the blood-type words; the flag
    /// says whether the blood-type part of the row was found at all.
    func splitBloodType(_ words: [OCRWord]) -> ([OCRWord], [OCRWord], Bool) {
        guard let start = words.firstIndex(where: { KTPLabel.letters(of: $0.text).hasPrefix("GOL") || KTPLabel.letters(of: $0.text) == "DARAH" }) else {
            return Self.splitAtFieldGap(words) ?? (words, [], false)
        }
        var rest = Array(words[start...])
        while let first = rest.first, KTPLabel.letters(of: first.text).hasPrefix("GOL") || KTPLabel.letters(of: first.text).hasPrefix("DARAH") || first.text == ":" {
            rest.removeFirst()
        }
        if let first = rest.first, first.text.hasPrefix(":") {
            rest[0].text = String(first.text.dropFirst())
        }
        return (Array(words[..<start]), rest.filter { !$0.text.isEmpty }, true)
    }

    /// The split at a space wider than `farGap` text heights after the first word (no word
    /// space is that wide): the blood type is what follows the part's last colon, or, with no
    /// colon read, its last word when that is a blood type or follows a (misread) label.
    static func splitAtFieldGap(_ words: [OCRWord]) -> ([OCRWord], [OCRWord], Bool)? {
        guard words.count > 1 else { return nil }
        let typical = words.map(\.box.height).sorted()[(words.count - 1) / 2]
        guard let cut = (1..<words.count).first(where: { index in
            let gap = words[index].box.x - (words[index - 1].box.x + words[index - 1].box.width)
            return Double(gap) > farGap * Double(typical)
        }) else { return nil }
        let rest = Array(words[cut...])
        var blood: [OCRWord] = []
        if let colon = rest.lastIndex(where: { $0.text.hasPrefix(":") || $0.text.hasPrefix(";") }) {
            blood = Array(rest[(colon + 1)...])
            if rest[colon].text.count > 1 { blood.insert(OCRWord(text: String(rest[colon].text.dropFirst()), box: rest[colon].box, confidence: rest[colon].confidence), at: 0) }
        } else if let last = rest.last, rest.count >= 2 || KTPFieldNormaliser.bloodType(last.text) != nil {
            blood = [last]
        }
        return (Array(words[..<cut]), blood, true)
    }
}
