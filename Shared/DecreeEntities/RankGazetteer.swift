import Foundation
/// The civil-service ranks (pangkat) and their golongan ruang, Juru Muda I/a … Pembina Utama IV/e.
/// Invariant: each golongan has exactly one rank name, so a golongan alone names the rank.
public enum RankGazetteer {
    public static let ranks: [(golongan: String, name: String)] = [
        ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"), ("II/d", "Pengatur Tingkat I"),
        ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"), ("III/d", "Penata Tingkat I"),
        ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"), ("IV/d", "Pembina Utama Madya"),
        ("IV/e", "Pembina Utama"),
    ]
    static let nameWords: [[String]] = ranks.map { $0.name.lowercased().split(separator: " ").map(String.init) }
    static let heads: Set<String> = ["juru", "pengatur", "penata", "pembina"]

    /// The golongan written in a token (`III/a`, `IIl/b`, `lV-c`, `III.d`, `(IV/a)`), canonical, or nil.
    public static func golongan(_ token: String) -> String? {
        let utf8 = token.utf8
        guard utf8.count >= 3, utf8.count <= 9, utf8.contains(where: { $0 == 0x2F || $0 == 0x2D || $0 == 0x2E }) else { return nil }
        let core = token.trimmingCharacters(in: .init(charactersIn: "(),.;:"))
        let parts = core.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 2, var letter = parts[1].lowercased().first, parts[1].count == 1, "abcdeo".contains(letter) else { return nil }
        if letter == "o" { letter = "a" }  // OCR reads a round `a` as `o`
        let roman = String(parts[0].uppercased().map { "1L|!".contains($0) ? "I" : $0 })
        guard ["I", "II", "III", "IV"].contains(roman) else { return nil }
        let candidate = "\(roman)/\(letter)"
        guard ranks.contains(where: { $0.golongan == candidate }) else { return nil }
        return candidate
    }

    /// The rank name of a golongan.
    public static func name(of golongan: String) -> String? { ranks.first { $0.golongan == golongan }?.name }

    /// Words of a token as rank matching sees them: lower case, OCR digits as letters,
    /// `Tk.`/`Tk.I` spelled out, `1`/`l` after `tingkat` read as `i`.
    static func words(_ token: String) -> [String] {
        var w = OCRConfusion.letters(token).lowercased()
        if w == "1" || w == "l" || w == "|" { return ["i"] }
        while w.hasSuffix(".") || w.hasSuffix(",") { w.removeLast() }
        if w == "tk" || w == "tkt" || w == "tingkat" { return ["tingkat"] }
        if w.hasPrefix("tk."), w.count > 3 { return ["tingkat"] + words(String(w.dropFirst(3))) }
        if w == "l" || w == "1" { return ["i"] }
        return [w]
    }

    /// A rank name starting at token `i`: the longest name that matches, its token count and index.
    public static func rankName(_ tokens: [DecreeToken], at i: Int) -> (count: Int, rank: Int)? {
        guard let first = tokens[i].text.utf8.first, first | 0x20 == 0x6A || first | 0x20 == 0x70,  // j or p
              let head = words(tokens[i].text).first,
              heads.contains(head) || heads.contains(where: { $0.count >= 6 && Levenshtein.distance($0, head, limit: 1) <= 1 }) else { return nil }
        var flat: [(String, Int)] = []
        var j = i
        while j < tokens.count, j < i + 5 {
            for word in words(tokens[j].text) { flat.append((word, j)) }
            j += 1
        }
        var best: (count: Int, rank: Int, words: Int, distance: Int)?
        for (rank, name) in nameWords.enumerated() where name.count <= flat.count {
            let written = flat.prefix(name.count).map(\.0), distance: Int
            if name.last == "i", name.count >= 2 {
                // "Tingkat I": the final I must be there (as i, 1 or l); the words before may carry one OCR error.
                guard written[name.count - 1] == "i" else { continue }
                distance = Levenshtein.distance(name.dropLast().joined(separator: " "), written.dropLast().joined(separator: " "), limit: 2)
            } else {
                distance = Levenshtein.distance(name.joined(separator: " "), written.joined(separator: " "), limit: 3)
            }
            let wanted = name.joined(separator: " ").count
            guard distance <= (wanted >= 12 ? 2 : wanted >= 6 ? 1 : 0) else { continue }
            if best == nil || name.count > best?.words ?? 0 || (name.count == best?.words && distance < best?.distance ?? 0) {
                best = (flat[name.count - 1].1 - i + 1, rank, name.count, distance)
            }
        }
        return best.map { ($0.count, $0.rank) }
    }

    /// `<rank name> <golongan>` for a rank as written (`Penata Muda Tk. I, III/b`, `golongan ruang III/b`).
    /// The golongan decides when both are present; nil when neither is recognisable.
    public static func normalise(_ text: String) -> String? {
        let tokens = DecreeText(text).tokens
        if let golongan = tokens.reversed().lazy.compactMap({ golongan($0.text) }).first, let name = name(of: golongan) {
            return "\(name) \(golongan)"
        }
        for i in tokens.indices {
            if let found = rankName(tokens, at: i) { return "\(ranks[found.rank].name) \(ranks[found.rank].golongan)" }
        }
        return nil
    }
}
