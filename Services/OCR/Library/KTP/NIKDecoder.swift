/// Settles doubtful NIK glyphs with the NIK's structure: the six region digits must spell a
/// district that exists, digits 7–12 a real date (day + 40 for women), and where the card's
/// printed kecamatan, tanggal lahir and jenis kelamin agree with a candidate, that candidate
/// gains `agreementBonus`. Invariant: a clearly read glyph outweighs the bonus, so a real
/// disagreement between NIK and card survives to be reported.
struct NIKDecoder: Sendable {
    var agreementBonus: Float = 0.35

    struct Evidence: Sendable {
        var districtCodes: [String]
        var printedDistrict: String?
        var printedDateDigits: String?
    }

    /// The most likely 16 digits given per-position scores for each digit (16 × 10).
    func decode(_ scores: [[Float]], evidence: Evidence) -> String? {
        guard scores.count == 16, scores.allSatisfy({ $0.count == 10 }) else { return nil }
        func score(_ digits: String, from offset: Int) -> Float {
            var total: Float = 0
            for (index, character) in digits.enumerated() {
                guard let digit = character.wholeNumberValue else { return -.infinity }
                total += scores[offset + index][digit]
            }
            return total
        }
        var bestRegion: (String, Float) = ("", -.infinity)
        for code in evidence.districtCodes {
            let total = score(code, from: 0) + (code == evidence.printedDistrict ? agreementBonus : 0)
            if total > bestRegion.1 { bestRegion = (code, total) }
        }
        var bestDate: (String, Float) = ("", -.infinity)
        for female in [false, true] {
            for month in 1...12 {
                for day in 1...[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] {
                    let prefix = Self.two(day + (female ? 40 : 0)) + Self.two(month)
                    let prefixScore = score(prefix, from: 6)
                    for year in 0...99 {
                        let digits = prefix + Self.two(year)
                        let total = prefixScore + scores[10][year / 10] + scores[11][year % 10] + (digits == evidence.printedDateDigits ? agreementBonus : 0)
                        if total > bestDate.1 { bestDate = (digits, total) }
                    }
                }
            }
        }
        let serial = (12..<16).map { position in String(scores[position].indices.max { scores[position][$0] < scores[position][$1] } ?? 0) }.joined()
        guard !bestRegion.0.isEmpty, !bestDate.0.isEmpty else { return nil }
        return bestRegion.0 + bestDate.0 + serial
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
