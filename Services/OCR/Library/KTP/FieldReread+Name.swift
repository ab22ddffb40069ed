import Contracts

/// The holder's name. The whole-card pass reads most names well, but a name is open vocabulary:
/// an unusual one ("NRIMA") is read with little confidence and was taken for a stray mark, and
/// a blurred one comes out a letter off ("ASLAN" for "ASLIJAN"). Where the whole-card words
/// leave such doubt, or show no word break where one may hide, the name's line is read again on
/// its own (cut out, enlarged, capitals and the space only), and the two readings are compared
/// word for word: a doubtful word the second read confirms is kept; one it reads otherwise with
/// clearly more confidence is replaced; breaks it adds are taken when the letters agree.
extension FieldReread {
    /// Below this confidence a whole-card word is doubtful.
    static let doubtfulWord = 0.5

    /// The name read from `value` (the whole-card words of the name row), or nil when none.
    func name(_ value: ReadValue, engine: TesseractEngine) -> String? {
        let inkSplit = splitAtInkGaps(value.words)
        let words = inkSplit ?? value.words
        let doubtful = words.contains { $0.confidence < Self.doubtfulWord }
        guard inkSplit == nil || doubtful,
            let second = readWords(value.box, allowing: KTPReader.nameCharacters + " ", engine: engine)
        else { return Self.nameText(words, confirmed: []) }
        var merged = words, confirmed: Set<Int> = []
        if second.count == words.count {
            for (index, pair) in zip(words, second).enumerated() {
                let (first, again) = pair
                if Self.letters(first.text) == Self.letters(again.text) || Self.keepsBalinesePrefix(first.text, over: again.text) {
                    confirmed.insert(index)
                } else if first.confidence < Self.doubtfulWord, again.confidence >= 0.6, again.confidence > first.confidence + 0.25,
                    abs(again.text.count - first.text.count) <= 2
                {
                    merged[index].text = again.text
                    merged[index].confidence = again.confidence
                    confirmed.insert(index)
                }
            }
        } else if Self.letters(second.map(\.text).joined()) == Self.letters(words.map(\.text).joined()) {
            confirmed = Set(words.indices)
        }
        guard let name = Self.nameText(merged, confirmed: confirmed) else { return nil }
        let secondText = KTPFieldNormaliser.cleanName(second.map(\.text).joined(separator: " "))
        return Self.respacing(name, by: secondText, shortestWord: 3) ?? name
    }

    /// The words without stray marks at their ends (a confirmed word is no stray however low
    /// its confidence), cleaned as a name.
    static func nameText(_ words: [OCRWord], confirmed: Set<Int>) -> String? {
        let trusted = words.enumerated().map { index, word in
            confirmed.contains(index) ? OCRWord(text: word.text, box: word.box, confidence: max(word.confidence, 0.9)) : word
        }
        guard let value = KTPLayoutParser().value(of: trusted) else { return nil }
        let name = KTPFieldNormaliser.cleanName(KTPFieldNormaliser.withoutStrayEnds(value))
        return name.isEmpty ? nil : name
    }

    /// A first word the whole-card pass read with a Balinese birth-order prefix ("[MADE" is
    /// I MADE) that the letters-only second read lost ("MADE"): the prefix's I is a bare stroke
    /// the whitelist cannot keep, so the rest agreeing confirms the first reading.
    static func keepsBalinesePrefix(_ first: String, over again: String) -> Bool {
        let words = KTPFieldNormaliser.cleanName(first).split(separator: " ")
        return words.count == 2 && ["I", "NI"].contains(String(words[0])) && letters(String(words[1])) == letters(again)
    }

    static func letters(_ text: String) -> String {
        KTPFieldNormaliser.cleanName(text).filter { !$0.isWhitespace }
    }
}
