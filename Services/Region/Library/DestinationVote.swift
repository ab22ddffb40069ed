import Contracts
import RegionRegistry

/// One province the address may lie in, with the support each kind of evidence gives it.
struct ProvinceHypothesis: Sendable {
    var province: String
    var regency: String?
    var district: String?
    var postcode: String?
    var total: Double = 0
    var evidence: [String] = []
    /// How many pieces of evidence support it, and whether one is sure on its own (a name read
    /// exactly, or a postcode of the registry read without repairs). One misread name alone is
    /// not enough: noise matches some place within a few edits.
    var pieces = 0
    var sure = false

    mutating func add(_ support: Double, sure isSure: Bool, _ line: String) {
        total += support
        pieces += 1
        sure = sure || isSure
        evidence.append(line)
    }
}

/// Weighs what the recipient's address says into one destination: a named province (3), a
/// regency or city (3, +1.5 when the postcode lies in it), a district in it (1), the
/// postcode's registry area (3, 2.4 when OCR letters had to be read as digits) or, for a
/// postcode the registry does not know, the Java postal rule (1.5). The province with the
/// most support wins; the other region's best support lowers the confidence and is reported.
struct DestinationVote: Sendable {
    let registry: RegionRegistry
    let postcodes: PostcodeIndex
    let names: PlaceNameIndex

    func hypotheses(_ read: SectionReading) -> [ProvinceHypothesis] {
        let reading = withCutRegencies(read)
        var provinces = Set(reading.mentions.map { String($0.place.code.prefix(2)) })
        for postcode in reading.postcodes {
            if let area = postcodes.area(postcode.code) { provinces.formUnion(area.provinces.keys) }
        }
        return provinces.sorted().map { hypothesis($0, reading) }.sorted { $0.total > $1.total || ($0.total == $1.total && $0.province < $1.province) }
    }

    private func hypothesis(_ province: String, _ reading: SectionReading) -> ProvinceHypothesis {
        var result = ProvinceHypothesis(province: province)
        let inside = reading.mentions.filter { $0.place.code.hasPrefix(province + ".") || $0.place.code == province }
        if let named = inside.filter({ $0.place.level == .province }).max(by: { $0.score < $1.score }) {
            result.add(3 * named.score, sure: named.score >= 1, "'\(named.text)' names the province \(registry.name(province) ?? province)")
        }
        let postcode = bestPostcode(reading.postcodes, province: province)
        if let postcode {
            result.postcode = postcode.mention.code
            if let area = postcode.area {
                result.add(postcode.mention.repaired ? 2.4 : 3, sure: !postcode.mention.repaired, "postal code \(postcode.mention.code) lies in \(registry.name(province) ?? province) (registry, \(area.villages) villages)")
            } else if PostcodeIndex.liesInJava(postcode.mention.code) == (IslandGroup(provinceCode: province) == .jawa) {
                result.add(postcode.mention.repaired ? 1.2 : 1.5, sure: false, "postal code \(postcode.mention.code) is not in the registry; its first digit says \(PostcodeIndex.liesInJava(postcode.mention.code) == true ? "Java" : "outside Java") (postal rule)")
            }
        }
        let area = postcode?.area
        let districts = inside.filter { $0.place.level == .district }
        var best: (regency: String, score: Double, text: String, district: PlaceMention?, exact: Bool)?
        for mention in inside where mention.place.level == .regency {
            let code = mention.place.code
            var score = 3 * mention.score
            if area?.regencies[code] != nil { score += 1.5 }
            if (mention.marker == .city) == mention.place.isCity, mention.marker != nil { score += 0.3 }
            let district = districts.filter { $0.place.code.hasPrefix(code + ".") }.max { $0.score < $1.score }
            score += district?.score ?? 0
            if score > best?.score ?? 0 { best = (code, score, mention.text, district, mention.score >= 1) }
        }
        if let best {
            result.regency = best.regency
            result.add(best.score, sure: best.exact, "'\(best.text)' names \(registry.name(best.regency) ?? best.regency)\(area?.regencies[best.regency] != nil ? ", where the postal code lies" : "")")
            if let district = best.district {
                result.district = district.place.code
                result.evidence.append("'\(district.text)' is the district \(registry.name(district.place.code) ?? "") in it")
                result.pieces += 1
            }
        } else if let district = districts.max(by: { support($0, area) < support($1, area) }) {
            result.district = district.place.code
            result.regency = String(district.place.code.prefix(5))
            result.add(support(district, area), sure: false, "'\(district.text)' names the district \(registry.name(district.place.code) ?? "") of \(registry.name(String(district.place.code.prefix(5))) ?? "")")
        } else if let area, let regency = area.regencies.filter({ $0.key.hasPrefix(province + ".") }).max(by: { $0.value < $1.value })?.key {
            result.regency = regency
        }
        if result.district == nil, let regency = result.regency { findDistrict(in: regency, reading, &result) }
        return result
    }

    /// A district mention's support: its match, plus one when the postcode lies in it.
    private func support(_ district: PlaceMention, _ area: PostcodeIndex.Area?) -> Double {
        district.score + (area?.districts[district.place.code] != nil ? 1 : 0)
    }

    /// A district of the chosen regency among the words no name matched (misread or unmarked).
    private func findDistrict(in regency: String, _ reading: SectionReading, _ result: inout ProvinceHypothesis) {
        let codes = registry.children(of: regency)
        for leftover in reading.leftovers where leftover.count >= 4 {
            if let match = names.fuzzy(leftover, among: codes, minimum: 0.8) {
                result.district = match.code
                result.add(0.5 * match.score, sure: false, "'\(leftover)' is close to the district \(registry.name(match.code) ?? "") of that regency")
                return
            }
        }
    }

    private func bestPostcode(_ mentions: [PostcodeMention], province: String) -> (mention: PostcodeMention, area: PostcodeIndex.Area?)? {
        let inProvince = mentions.compactMap { mention -> (PostcodeMention, PostcodeIndex.Area?)? in
            guard let area = postcodes.area(mention.code), area.provinces[province] != nil else { return nil }
            return (mention, area)
        }
        if let first = inProvince.first { return first }
        let unknown = mentions.filter { postcodes.area($0.code) == nil }
        return unknown.last.map { ($0, nil) }
    }
}
