import Foundation

/// An institution's grade-point scale: which grade strings exist and what each is worth.
/// Invariants: keys are upper-case canonical grades ("A", "AB", "B+"); points are within 0…4.
/// Numeric grades ("3.50") are worth their own value when `acceptsNumeric` is set.
public struct GradeScale: Sendable, Equatable {
    public var points: [String: Double]
    public var acceptsNumeric: Bool

    public init(points: [String: Double], acceptsNumeric: Bool = true) {
        self.points = Dictionary(uniqueKeysWithValues: points.map { ($0.key.uppercased(), $0.value) })
        self.acceptsNumeric = acceptsNumeric
    }

    /// The scales in common use in Indonesia together: A AB B BC C (CD) D E and the A-/B+ style.
    /// They do not collide, so one scale reads both; an institution may pass its own.
    public static let indonesian = GradeScale(points: [
        "A": 4.0, "A-": 3.7, "AB": 3.5, "B+": 3.3, "B": 3.0, "B-": 2.7, "BC": 2.5, "C+": 2.3, "C": 2.0,
        "CD": 1.5, "D+": 1.3, "D": 1.0, "DE": 0.5, "E": 0.0,
    ])

    /// The grade-point value of a canonical grade, or nil when the scale does not know it.
    public func value(of grade: String) -> Double? {
        if let known = points[grade.uppercased()] { return known }
        guard acceptsNumeric, let number = Double(grade), (0...4).contains(number) else { return nil }
        return number
    }

    /// Whether `grade` is at least `minimum` (both canonical); false when either is unknown.
    public func meets(_ grade: String, minimum: String) -> Bool {
        guard let have = value(of: grade), let need = value(of: canonical(minimum) ?? minimum) else { return false }
        return have + 1e-9 >= need
    }

    /// The canonical grade an OCR'd cell stands for, repairing Tesseract's usual confusions
    /// ("Bt"/"B4" → "B+", "8" → "B", "A_" → "A-", "3,50" → "3.50", "350" → "3.50"); nil when it is no grade.
    public func canonical(_ raw: String) -> String? {
        let cleaned = raw.trimmingCharacters(in: CharacterSet(charactersIn: " .:;|'\"`()[]{}“”‘’„"))
        guard !cleaned.isEmpty else { return nil }
        if acceptsNumeric, let number = Self.number(cleaned), (0...4).contains(number) { return String(format: "%.2f", number) }
        // "375": a numeric grade printed with two decimals whose point was lost
        if acceptsNumeric, cleaned.count == 3, cleaned.allSatisfy(\.isNumber), let hundredths = Int(cleaned), hundredths <= 400 {
            return String(format: "%.2f", Double(hundredths) / 100)
        }
        // "2(C)", "3,5(B+)": the points and the letter in brackets read as one word; the letter is the grade
        if let open = cleaned.firstIndex(of: "("), open != cleaned.startIndex,
            cleaned[..<open].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }),
            let letter = canonical(String(cleaned[cleaned.index(after: open)...])), letter.first?.isLetter == true {
            return letter
        }
        var letters = ""
        for (index, character) in cleaned.uppercased().enumerated() {
            let first: [Character: Character] = ["8": "B", "4": "A", "0": "D", "€": "C"]
            let later: [Character: Character] = ["T": "+", "4": "+", "*": "+", "†": "+", "F": "+", "_": "-", "—": "-", "–": "-", "~": "-", "=": "-"]
            let repaired = (index == 0 ? first[character] : later[character]) ?? character
            letters.append(repaired)
        }
        if points[letters] == nil, letters.count == 2, let first = letters.first, letters.last == first { letters = String(first) }
        return points[letters] != nil ? letters : nil
    }

    /// A numeric grade written with a point or a comma and at most two decimals.
    static func number(_ text: String) -> Double? {
        let normalised = text.replacingOccurrences(of: ",", with: ".")
        guard normalised.contains("."), normalised.allSatisfy({ $0.isNumber || $0 == "." }),
            normalised.split(separator: ".").count == 2 else { return nil }
        return Double(normalised)
    }
}
