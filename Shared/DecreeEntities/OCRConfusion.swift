/// The characters OCR swaps between digits and letters on scanned decrees, and their repair
/// when an entity's form says which kind a character must be.
public enum OCRConfusion {
    /// Letters (and marks) that stand for a digit in a digit-only field.
    static let asDigit: [Character: Character] = [
        "O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "i": "1", "|": "1", "!": "1",
        "L": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "b": "6", "g": "9",
        "q": "9", "T": "7", "A": "4",
    ]
    /// The keys of `asDigit` as scalars, for shape computation.
    static let asDigitScalars: Set<Unicode.Scalar> = Set(asDigit.keys.flatMap(\.unicodeScalars))
    /// Digits that stand for a letter in a name or a rank word.
    static let asLetter: [Character: Character] = [
        "0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G", "4": "A", "7": "T", "|": "I",
    ]

    /// Repairs `text` into digits, or nil when a character is neither a digit nor a known confusion.
    public static func digits(_ text: Substring) -> String? {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            if c.isASCII, c.isNumber { out.append(c) } else if let d = asDigit[c] { out.append(d) } else { return nil }
        }
        return out
    }

    public static func digits(_ text: String) -> String? { digits(text[...]) }

    /// How many characters are real digits and how many are confusions (nil if neither).
    static func digitLike(_ text: String) -> (digits: Int, confused: Int)? {
        var digits = 0, confused = 0
        for c in text {
            if c.isASCII, c.isNumber { digits += 1 } else if asDigit[c] != nil { confused += 1 } else { return nil }
        }
        return (digits, confused)
    }

    /// Replaces digits inside words by the letters they stand for (`SUS1L0` → `SUSILO`); a
    /// token made only of digits is left alone.
    public static func letters(_ word: String) -> String {
        guard word.contains(where: { $0.isLetter }) else { return word }
        let upper = word.uppercased() == word
        return String(word.map { c in
            guard let letter = asLetter[c] else { return c }
            return upper ? letter : (c == "1" || c == "|" ? "l" : Character(letter.lowercased()))
        })
    }
}
