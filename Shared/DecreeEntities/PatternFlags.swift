import Foundation
/// What the pattern detectors propose for each token: NIPs (plausible or not), dates, `LG-`
/// numbers, rank names and golongan, decree-number shapes. They become model features; the
/// model decides which proposal is which entity.
public struct PatternFlags: Sendable {
    /// Per token, the names of the flags set on it (e.g. `nip.ok:B`, `date:L`, `gol`).
    public let flags: [[String]]
    public let nips: [NIPMatch]
    public let dates: [DateMatch]
    /// Per token, a bit per ``EntityLabel`` (by index) that may label it: NIP, LG number, dates
    /// and rank only where their detector proposed one; name and decree number anywhere.
    public let admissible: [UInt8]

    public init(_ tokens: [DecreeToken]) {
        var flags = [[String]](repeating: [], count: tokens.count)
        func mark(_ range: Range<Int>, _ name: String) {
            for i in range {
                let part = range.count == 1 ? "U" : i == range.lowerBound ? "B" : i == range.upperBound - 1 ? "L" : "I"
                flags[i].append("\(name):\(part)")
                flags[i].append(name)
            }
        }
        let nips = NIPPattern.find(in: tokens)
        for nip in nips { mark(nip.tokens, nip.plausible ? "nip.ok" : "nip.18") }
        let dates = DatePattern.find(in: tokens)
        for date in dates { mark(date.tokens, "date") }
        let lg = Self.lgNumbers(tokens)
        for range in lg { mark(range, "lg") }
        let mentions = Self.rankMentions(tokens)
        for mention in mentions {
            if mention.nameCount > 0 { mark(mention.range.lowerBound..<(mention.range.lowerBound + mention.nameCount), "rank") }
            if let gol = mention.golongan { flags[gol].append("gol") }
        }
        for i in tokens.indices where Self.looksLikeDecreeNumber(tokens[i].text) { flags[i].append("nomor") }
        Self.documentFlags(tokens, nips: nips, dates: dates, lg: lg, ranks: mentions, flags: &flags)
        var admissible = [UInt8](repeating: Self.bit(.namaPNS) | Self.bit(.nomorSK), count: tokens.count)
        for nip in nips { for i in nip.tokens { admissible[i] |= Self.bit(.nipPNS) } }
        for range in lg { for i in range { admissible[i] |= Self.bit(.nomorLGBKN) } }
        for date in dates { for i in date.tokens { admissible[i] |= Self.bit(.tmtKP) | Self.bit(.tanggalLGBKN) } }
        for (i, names) in flags.enumerated() where names.contains("rank.top") || names.contains("rank.below") {
            admissible[i] |= Self.bit(.pangkatBaru)
        }
        self.admissible = admissible
        self.flags = flags
        self.nips = nips
        self.dates = dates
    }

    static func bit(_ label: EntityLabel) -> UInt8 { 1 << UInt8(label.index) }

    /// `LG-23400000123`, `LG.234…`, `LG - 234…`, `1G-…` (OCR), as token ranges.
    static func lgNumbers(_ tokens: [DecreeToken]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard let first = tokens[i].text.utf8.first, [0x4C, 0x6C, 0x31, 0x49, 0x7C].contains(first) else {  // L l 1 I |
                i += 1
                continue
            }
            let chars = Array(tokens[i].text.uppercased())
            if chars.count >= 2, "L1I|".contains(chars[0]), "G6C".contains(chars[1]) {
                let rest = String(chars.dropFirst(2)).trimmingCharacters(in: .init(charactersIn: "-.:"))
                if rest.count >= 5, OCRConfusion.digits(rest.filter { $0 != "." }) != nil {
                    found.append(i..<(i + 1))
                    i += 1
                    continue
                }
                if rest.isEmpty {
                    var j = i + 1
                    if j < tokens.count, ["-", ".", ":"].contains(tokens[j].text) { j += 1 }
                    let next = j < tokens.count ? tokens[j].text.trimmingCharacters(in: .init(charactersIn: "-.")) : ""
                    if next.count >= 5, OCRConfusion.digits(next.filter { $0 != "." }) != nil {
                        found.append(i..<(j + 1))
                        i = j + 1
                        continue
                    }
                }
            }
            i += 1
        }
        return found
    }

    /// A decree number's shape: several parts joined by `/` with digits in them.
    static func looksLikeDecreeNumber(_ text: String) -> Bool {
        guard text.utf8.count >= 5, text.utf8.contains(0x2F) else { return false }
        let parts = text.split(separator: "/")
        return parts.count >= 2 && text.count >= 5 && text.contains(where: { $0.isNumber })
    }
}
