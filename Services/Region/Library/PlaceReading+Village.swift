import RegionRegistry

extension PlaceReading {
    /// A village name is not indexed, and an address may go on after it without markers
    /// (`DESA TUNJUNGREJO LUMAJANG JAWA TIMUR`). The village is the shortest run of words after
    /// which the rest reads entirely as exact registry names, two of which nest (a district in
    /// its regency, a regency in its province). Nil otherwise: a lone name after the village may
    /// be part of the village's own name (`DESA TANJUNG BATU`), so it is not taken for a place.
    func placesAfterVillage(_ words: [String]) -> (village: [String], places: [PlaceMention])? {
        guard words.count >= 3 else { return nil }
        for start in 1...(words.count - 2) {
            var trial = SectionReading()
            match(Array(words[start...]), marker: nil, into: &trial)
            guard trial.leftovers.isEmpty, trial.postcodes.isEmpty, trial.mentions.allSatisfy({ $0.score == 1 }),
                  Self.nest(trial.mentions)
            else { continue }
            return (Array(words[..<start]), trial.mentions)
        }
        return nil
    }

    /// Whether one mention lies inside another (its code extends the other's).
    static func nest(_ mentions: [PlaceMention]) -> Bool {
        mentions.contains { inner in
            mentions.contains { outer in inner.place.code.hasPrefix(outer.place.code + ".") }
        }
    }
}
