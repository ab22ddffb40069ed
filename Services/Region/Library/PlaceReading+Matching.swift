import RegionRegistry

extension PlaceReading {
    /// Finds the names in one phrase: the longest exact window first (the marker's level
    /// when there is one, for the first name only), then misread names in what is left.
    func match(_ words: [String], marker: PlaceMarker?, into reading: inout SectionReading) {
        if marker == .village, let split = placesAfterVillage(words) {
            reading.leftovers += split.village + (split.village.count > 1 ? [split.village.joined(separator: " ")] : [])
            reading.mentions += split.places
            return
        }
        var index = 0
        var level = marker
        var unmatched: [String] = []
        func flushUnmatched() {
            guard !unmatched.isEmpty else { return }
            fuzzy(unmatched, marker: level, into: &reading)
            unmatched = []
        }
        while index < words.count {
            var found = false
            for length in stride(from: min(5, words.count - index), through: 1, by: -1) {
                let window = words[index..<(index + length)].joined(separator: " ")
                let places = exact(window, marker: level)
                guard !places.isEmpty else { continue }
                flushUnmatched()
                for place in places {
                    reading.mentions.append(PlaceMention(place: place, score: 1, text: window, marker: level))
                }
                index += length
                level = nil
                found = true
                break
            }
            if !found {
                unmatched.append(words[index])
                index += 1
            }
        }
        flushUnmatched()
    }

    /// Places named exactly `window`, at the marker's level (any level without one).
    func exact(_ window: String, marker: PlaceMarker?) -> [NamedPlace] {
        switch marker {
        case .province: return provinceAliases[window] ?? names.exact(window).filter { $0.level == .province }
        case .regency, .city: return names.exact(window).filter { $0.level == .regency }
        case .district: return names.exact(window).filter { $0.level == .district }
        case .village: return []
        case nil:
            if let province = provinceAliases[window] { return province }
            let places = names.exact(window)
            let larger = places.filter { $0.level != .district }
            return larger.isEmpty ? places : larger
        }
    }

    /// Misread names: the whole run at the marker's level, or runs of up to three words
    /// against provinces and regencies; anything not found is kept for district look-ups.
    func fuzzy(_ words: [String], marker: PlaceMarker?, into reading: inout SectionReading) {
        let joined = words.joined(separator: " ")
        switch marker {
        case .province, .regency, .city, .district:
            let level: RegionLevel = marker == .province ? .province : marker == .district ? .district : .regency
            if joined.count >= 4, let best = names.fuzzy(joined, level: level, minimum: 0.75).first {
                reading.mentions.append(PlaceMention(place: best.place, score: best.score, text: joined, marker: marker))
                return
            }
        case .village:
            reading.leftovers += words + (words.count > 1 ? [joined] : [])
            return
        case nil:
            break
        }
        var index = 0
        while index < words.count {
            var found = false
            for length in stride(from: min(3, words.count - index), through: 1, by: -1) {
                let window = words[index..<(index + length)].joined(separator: " ")
                guard window.count >= 6 else { continue }
                let candidates = (names.fuzzy(window, level: .province, minimum: 0.8) + names.fuzzy(window, level: .regency, minimum: 0.8))
                guard let best = candidates.max(by: { $0.score < $1.score }) else { continue }
                for candidate in candidates where candidate.score == best.score {
                    reading.mentions.append(PlaceMention(place: candidate.place, score: candidate.score, text: window, marker: marker))
                }
                index += length
                found = true
                break
            }
            if !found {
                reading.leftovers.append(words[index])
                index += 1
            }
        }
        if words.count > 1 { reading.leftovers.append(joined) }
    }
}
