import RegionRegistry

extension DestinationVote {
    /// A regency name cut short at the edge of a photo or crop (`BATANG` for Batanghari) while
    /// a district read beside it lies in the regency with the longer name: that regency is read
    /// too, a little less sure, so the district's agreement can settle which was meant.
    func withCutRegencies(_ reading: SectionReading) -> SectionReading {
        var result = reading
        var added = Set<String>()
        let districts = reading.mentions.filter { $0.place.level == .district && $0.score >= 1 }
        for mention in reading.mentions where mention.place.level == .regency && mention.score >= 1 {
            guard let read = names.bareName(mention.place.code) else { continue }
            for district in districts {
                let regency = String(district.place.code.prefix(5))
                guard regency != mention.place.code, !added.contains(regency), let full = names.bareName(regency), full.count > read.count, full.hasPrefix(read) else { continue }
                added.insert(regency)
                let place = NamedPlace(code: regency, level: .regency, isCity: registry.name(regency)?.hasPrefix("Kota") == true)
                result.mentions.append(PlaceMention(place: place, score: 0.9, text: mention.text + "…", marker: mention.marker))
            }
        }
        return result
    }
}
