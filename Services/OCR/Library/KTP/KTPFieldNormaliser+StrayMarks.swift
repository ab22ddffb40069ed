import Contracts

/// Specks, guilloche strokes and the photo's edge that the whole-card pass reads as short words
/// at the ends of a value ("T SIMON", "MAHENDRA ri"). Cards print values in capitals at one size.
extension KTPFieldNormaliser {
    /// The value's text without such words at its start or end: a word far lower than the value's
    /// other words, one read with almost no confidence where the others were sure, or a short one in lower case that was
    /// not read with confidence. Words inside the value, and confident words of three or more capitals, are kept.
    static func withoutStrayEnds(_ value: ReadValue) -> String {
        var words = value.words
        guard words.count > 1 else { return value.text }
        let heights = words.map(\.box.height).sorted()
        let typical = heights[heights.count / 2]
        let confidences = words.map(\.confidence).sorted()
        let usual = confidences[confidences.count / 2]
        func stray(_ word: OCRWord) -> Bool {
            let letters = word.text.filter(\.isLetter)
            // A word of three or more capitals read with confidence is text, whatever its box:
            // glare or a neighbour's stroke can inflate the other words' boxes (a two-word name
            // whose second box is twice the first's).
            if letters.count >= 3, word.confidence >= 0.85, letters.allSatisfy(\.isUppercase) { return false }
            if word.box.height * 2 < typical || (word.confidence < 0.3 && word.confidence * 2 < usual) { return true }
            return letters.count <= 2 && word.confidence < 0.7 && letters.contains(where: \.isLowercase)
        }
        while words.count > 1, let first = words.first, stray(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, stray(last) { words.removeLast() }
        guard words.count < value.words.count else { return value.text }
        return KTPLayoutParser().value(of: words)?.text ?? value.text
    }
}
