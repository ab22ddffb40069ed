/// Flags that relate a proposal to the rest of the document, so the model can tell the
/// employee's NIP from a signing officer's, the new rank from the old one, the TMT from a birth
/// date, without relying on the words around them (which change from office to office).
extension PatternFlags {
    static func documentFlags(
        _ tokens: [DecreeToken], nips: [NIPMatch], dates: [DateMatch], lg: [Range<Int>], ranks: [RankMention], flags: inout [[String]]
    ) {
        func mark(_ range: Range<Int>, _ name: String) { for i in range { flags[i].append(name) } }
        let plausible = nips.filter(\.plausible)
        for (k, nip) in plausible.enumerated() {
            mark(nip.tokens, k == 0 ? "nip.first" : "nip.later")
            if k == plausible.count - 1, plausible.count > 1 { mark(nip.tokens, "nip.last") }
        }
        let births = Set(plausible.map { String($0.digits.prefix(8)) })
        func key(_ d: DateMatch) -> String {
            "\(d.year)\(d.month < 10 ? "0" : "")\(d.month)\(d.day < 10 ? "0" : "")\(d.day)"
        }
        let other = dates.filter { !births.contains(key($0)) }
        let earliest = other.map(key).min(), latest = other.map(key).max()
        var seen: [String: Int] = [:]
        for date in dates { seen[key(date), default: 0] += 1 }
        for date in dates {
            let k = key(date)
            mark(date.tokens, date.day == 1 ? "date.day1" : "date.dayOther")
            if births.contains(k) { mark(date.tokens, "date.birth") }
            if k == earliest { mark(date.tokens, "date.earliest") }
            if k == latest { mark(date.tokens, "date.latest") }
            if (seen[k] ?? 0) > 1 { mark(date.tokens, "date.repeated") }
            if lg.contains(where: { $0.upperBound <= date.tokens.lowerBound && date.tokens.lowerBound - $0.upperBound <= 6 }) {
                mark(date.tokens, "date.afterLG")
            }
        }
        rankFlags(ranks, flags: &flags)
        if let first = tokens.indices.first(where: { looksLikeDecreeNumber(tokens[$0].text) }) { flags[first].append("nomor.first") }
        if let anchor = plausible.first?.tokens {
            for i in max(0, anchor.lowerBound - 24)..<min(tokens.count, anchor.upperBound + 24) where !anchor.contains(i) {
                let d = i < anchor.lowerBound ? i - anchor.lowerBound : i - anchor.upperBound + 1
                let bucket = abs(d) <= 2 ? 2 : abs(d) <= 6 ? 6 : abs(d) <= 12 ? 12 : 24
                flags[i].append("nipnear:\(d < 0 ? "-" : "+")\(bucket)")
            }
        }
        for (i, token) in tokens.enumerated() where isTitle(token.text) { flags[i].append("title") }
    }

    /// A rank as written: a rank name (its first `nameCount` tokens) with the golongan written
    /// within five tokens after it, or a golongan alone (`nameCount` 0).
    struct RankMention {
        var range: Range<Int>
        var nameCount: Int
        var golongan: Int?
        var level: Int
    }

    static func rankMentions(_ tokens: [DecreeToken]) -> [RankMention] {
        var mentions: [RankMention] = []
        let levels = RankGazetteer.ranks.map(\.golongan)
        var i = 0
        while i < tokens.count {
            if let rank = RankGazetteer.rankName(tokens, at: i) {
                var end = i + rank.count, level = rank.rank, gol: Int?
                for j in end..<min(tokens.count, end + 5) {
                    if let g = RankGazetteer.golongan(tokens[j].text), let l = levels.firstIndex(of: g) { level = l; end = j + 1; gol = j; break }
                }
                mentions.append(RankMention(range: i..<end, nameCount: rank.count, golongan: gol, level: level))
                i = end
                continue
            }
            if let g = RankGazetteer.golongan(tokens[i].text), let l = levels.firstIndex(of: g) {
                mentions.append(RankMention(range: i..<(i + 1), nameCount: 0, golongan: i, level: l))
            }
            i += 1
        }
        return mentions
    }

    /// Each rank mention is flagged `rank.top` when it is the highest in the document, and
    /// `rank.lowerOfPair` / `rank.higherOfPair` against another mention close by (old → new).
    static func rankFlags(_ mentions: [RankMention], flags: inout [[String]]) {
        guard let top = mentions.map(\.level).max() else { return }
        for mention in mentions {
            let near = mentions.filter { abs($0.range.lowerBound - mention.range.lowerBound) <= 30 && $0.range != mention.range }
            for k in mention.range {
                flags[k].append(mention.level == top ? "rank.top" : "rank.below")
                if near.contains(where: { $0.level > mention.level }) { flags[k].append("rank.lowerOfPair") }
                if near.contains(where: { $0.level < mention.level }) { flags[k].append("rank.higherOfPair") }
            }
        }
    }

    static let titles: Set<String> = ["drs", "dra", "dr", "ir", "h", "hj", "prof", "drg", "ns"]

    /// Academic and religious titles around names: `Drs.`, `H.`, `S.Pd.`, `M.Si`.
    static func isTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 10, let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        let bare = text.lowercased().filter { $0 != "." && $0 != "," }
        if titles.contains(bare), text.hasSuffix(".") || bare.count > 1 { return true }
        let parts = text.split(separator: ".")
        return text.contains(".") && parts.count >= 2 && text.count <= 10 && (text.first?.isUppercase ?? false) && parts.allSatisfy { $0.count <= 4 }
    }
}
