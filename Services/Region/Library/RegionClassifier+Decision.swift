import Contracts
import RegionRegistry

extension RegionClassifier {
    /// The answer from the weighed hypotheses: the best province's region, its confidence
    /// against the other region's best, and every conflict said out loud. `corroborated`: one
    /// piece of evidence alone, however sure, is not enough. `photo`: the text is an OCR reading,
    /// where a postcode the registry does not know is as likely misread as real, so the postal
    /// rule alone does not decide.
    func decide(_ reading: SectionReading, notes: [String], weight: Double, corroborated: Bool = false, photo: Bool = false) -> RegionClassification {
        let ranked = vote.hypotheses(reading)
        guard let best = ranked.first, best.total >= 1.5, best.pieces >= 2 || (best.sure && !corroborated) else {
            if !corroborated, !photo, let ruled = postalRuleOnly(reading, notes: notes, weight: weight) { return ruled }
            let why = reading.isEmpty ? "no readable destination: no postal code or place name found in the recipient's address" : "too little evidence for a destination"
            return RegionClassification(region: .unknown, province: nil, islandGroup: nil, city: nil, postalCode: nil, confidence: 0.05, evidence: notes + [why])
        }
        let group = IslandGroup(provinceCode: best.province)
        let region: SortingRegion = group == .jawa ? .jawa : .luarJawa
        let rival = ranked.dropFirst().first { (IslandGroup(provinceCode: $0.province) == .jawa) != (group == .jawa) }
        let sameRegionRival = ranked.dropFirst().first { (IslandGroup(provinceCode: $0.province) == .jawa) == (group == .jawa) }
        if weight < 1, let rival, rival.total >= 3 {
            // Unlabelled text with addresses in both regions: nothing says which is the recipient's.
            return RegionClassification(region: .unknown, province: nil, islandGroup: nil, city: nil, postalCode: nil, confidence: 0.1, evidence: notes + [
                "two addresses in different regions and no label saying which is the recipient's: \(registry.name(best.province) ?? best.province) or \(registry.name(rival.province) ?? rival.province)",
            ])
        }
        var evidence = notes + best.evidence
        for other in ranked.dropFirst().prefix(3) where other.total >= 1 {
            evidence.append("conflict: \(other.evidence.joined(separator: "; ")) — weighed \(Self.format(other.total)) against \(Self.format(best.total)) for \(registry.name(best.province) ?? best.province)")
        }
        evidence.append("rule: \(registry.name(best.province) ?? best.province) is \(group == .jawa ? "one of the six provinces of Java" : "outside Java") → \(region.rawValue)")
        var confidence = best.total / (best.total + 1.5 * (rival?.total ?? 0) + 0.3 * (sameRegionRival?.total ?? 0) + 1.5) * weight
        confidence = min(0.99, max(0.05, confidence))
        return RegionClassification(
            region: region, province: registry.name(best.province), islandGroup: group?.rawValue,
            city: best.regency.flatMap(registry.name), postalCode: best.postcode ?? reading.postcodes.first?.code,
            confidence: Self.round(confidence), evidence: evidence, district: best.district.flatMap(registry.name))
    }

    /// Only a postcode the registry does not know, in the recipient's own section: its first
    /// digit still says Java or not. (A lone number in unlabelled text is not enough.)
    private func postalRuleOnly(_ reading: SectionReading, notes: [String], weight: Double) -> RegionClassification? {
        guard weight == 1, reading.mentions.isEmpty, let postcode = reading.postcodes.first(where: { !$0.repaired }), let java = PostcodeIndex.liesInJava(postcode.code) else { return nil }
        let evidence = notes + [
            "postal code \(postcode.code) is not in the registry and no place name was read",
            "rule: a postal code starting with 1, 4, 5 or 6 lies in Java, any other outside → \(java ? "REG_JAWA" : "REG_LUARJAWA")",
        ]
        return RegionClassification(
            region: java ? .jawa : .luarJawa, province: nil, islandGroup: java ? IslandGroup.jawa.rawValue : nil, city: nil,
            postalCode: postcode.code, confidence: Self.round(0.45 * weight), evidence: evidence)
    }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    static func format(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}
