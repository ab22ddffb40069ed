import Foundation

/// A registry entry that a printed name matched, with the similarity (0…1).
public struct RegionMatch: Sendable, Equatable {
    public var code: String
    public var name: String
    public var score: Double

    public init(code: String, name: String, score: Double) {
        self.code = code
        self.name = name
        self.score = score
    }
}

extension RegionRegistry {
    /// The entry among `codes` whose printed form (`printed(code)`) is closest to `text`.
    public func bestMatch(_ text: String, among codes: [String], printed: (String) -> String?) -> RegionMatch? {
        let wanted = Self.normalise(text)
        guard !wanted.isEmpty else { return nil }
        var best: RegionMatch?
        for code in codes {
            guard let name = printed(code) else { continue }
            let score = TextSimilarity.ratio(wanted, Self.normalise(name))
            if score > (best?.score ?? -1) { best = RegionMatch(code: code, name: name, score: score) }
            if score == 1 { break }
        }
        return best
    }

    /// Every code of a level (for searches without a known parent).
    public func codes(_ level: RegionLevel) -> [String] {
        switch level {
        case .province: provinces
        case .regency: provinces.flatMap { children(of: $0) }
        case .district: provinces.flatMap { children(of: $0) }.flatMap { children(of: $0) }
        case .village: Array(data.villages.keys)
        }
    }

    /// Upper case, letters and digits with single spaces, common abbreviations expanded.
    public static func normalise(_ text: String) -> String {
        let kept: [Character] = text.uppercased().map { (character: Character) -> Character in
            character.isLetter || character.isNumber ? character : " "
        }
        let expansions: [String: String] = ["KAB": "KABUPATEN", "KOT": "KOTA", "KEC": "KECAMATAN", "KEL": "KELURAHAN", "PROV": "PROVINSI"]
        let words: [String] = String(kept).split(separator: " ").map { expansions[String($0)] ?? String($0) }
        return words.joined(separator: " ")
    }
}
