import RegionRegistry

/// A registry place named in an address, with how well the printed words matched it.
struct PlaceMention: Sendable, Equatable {
    var place: NamedPlace
    var score: Double
    var text: String
    var marker: PlaceMarker?
}

/// A postcode read in an address; `repaired` when letters were read as digits (O → 0).
struct PostcodeMention: Sendable, Equatable {
    var code: String
    var text: String
    var repaired: Bool
}

/// What one section's address says: its place mentions, postcodes and the words no name
/// matched (kept for district look-ups once the regency is known).
struct SectionReading: Sendable {
    var mentions: [PlaceMention] = []
    var postcodes: [PostcodeMention] = []
    var leftovers: [String] = []
    var isEmpty: Bool { mentions.isEmpty && postcodes.isEmpty }
}

/// Reads the place names and postcodes of an address section against the registry: address
/// parts split at commas and lines; the person's name and the street part skipped; marker
/// words (KAB., KOTA, KEC., PROV.) say which level the next name is; abbreviations expanded;
/// exact names first, then names within a few edits (OCR errors).
struct PlaceReading: Sendable {
    let names: PlaceNameIndex
    let provinceAliases: [String: [NamedPlace]]

    init(names: PlaceNameIndex) {
        self.names = names
        var aliases: [String: [NamedPlace]] = [:]
        for (alias, name) in PlaceAbbreviations.provinces {
            let places = names.exact(name).filter { $0.level == .province }
            if !places.isEmpty { aliases[alias] = places }
        }
        self.provinceAliases = aliases
    }

    func read(_ section: AddressSection) -> SectionReading {
        var reading = SectionReading()
        let parts = Self.parts(section)
        let personLabel = section.role != nil && !["TUJUAN", "KOTA TUJUAN", "DESTINATION", "ALAMAT TUJUAN", "ASAL", "KOTA ASAL", "ORIGIN"].contains(section.label)
        for (index, part) in parts.enumerated() {
            let words = part.map(\.text)
            if index == 0, personLabel, parts.count > 1, !words.contains(where: { $0.contains(where: \.isNumber) || PlaceAbbreviations.markers[$0] != nil }) { continue }
            var kept: [String] = []
            for word in words {
                if let postcode = Self.postcode(word) {
                    reading.postcodes.append(PostcodeMention(code: postcode.code, text: word, repaired: postcode.repaired))
                } else {
                    kept.append(word)
                }
            }
            for phrase in Self.phrases(Self.withoutStreet(kept), isName: { !names.exact($0).isEmpty }) { match(phrase.words, marker: phrase.marker, into: &reading) }
        }
        return reading
    }

    /// Address parts: runs of words between commas, colons and line ends. A part wrapped onto
    /// the next line continues there (a line ending in KAB./KEC., or a next line starting
    /// with BARAT, TIMUR…).
    static func parts(_ section: AddressSection) -> [[LabelledWord]] {
        var parts: [[LabelledWord]] = []
        var current: [LabelledWord] = []
        for piece in section.pieces {
            if let last = current.last, let next = piece.words.first,
               !(PlaceAbbreviations.markers[last.text] != nil || wrappedWords.contains(next.text)) {
                parts.append(current)
                current = []
            }
            for word in piece.words {
                current.append(word)
                if word.breakAfter, PlaceAbbreviations.markers[word.text] == nil { parts.append(current); current = [] }
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.filter { !$0.isEmpty }
    }

    static let wrappedWords: Set<String> = ["BARAT", "TIMUR", "SELATAN", "UTARA", "TENGAH", "TENGGARA", "DAYA", "LAUT", "HULU", "HILIR"]

    /// A five-character token that is a postcode, repairing letters OCR reads for digits.
    static func postcode(_ word: String) -> (code: String, repaired: Bool)? {
        guard word.count == 5, word.filter(\.isNumber).count >= 3 else { return nil }
        let repairs: [Character: Character] = ["O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2", "G": "6"]
        var code = ""
        for character in word {
            if character.isNumber { code.append(character) } else if let digit = repairs[character] { code.append(digit) } else { return nil }
        }
        guard code.first != "0" else { return nil }
        return (code, code != word)
    }

    /// The words after the street part (JL. …, RT/RW, NO. …) of an address part: after its
    /// last number or street word, or from the first marker word (`DUSUN X KEC. Y` → `KEC. Y`).
    static func withoutStreet(_ words: [String]) -> [String] {
        guard let first = words.first, PlaceAbbreviations.street.contains(first) else { return words }
        let marker = words.firstIndex { PlaceAbbreviations.markers[$0] != nil }
        let street = words[..<(marker ?? words.count)]
        if let last = street.lastIndex(where: { $0.contains(where: \.isNumber) || PlaceAbbreviations.street.contains($0) }), last > 0 {
            return Array(words[(last + 1)...])
        }
        // Nothing ends the street (`DUSUN KRAJAN SUKAMAJU CIAMIS`, no number, no marker): its
        // opening word and one name word are the street; the places may follow in the same part.
        return marker.map { Array(words[$0...]) } ?? Array(words.dropFirst(2))
    }

    /// The part cut at marker words, each run with the marker that opened it. A marker word
    /// that ends a registry name with the words before it (`KAB. LIMA PULUH KOTA`) is part of
    /// that name, not the start of a new run.
    static func phrases(_ words: [String], isName: (String) -> Bool = { _ in false }) -> [(words: [String], marker: PlaceMarker?)] {
        var phrases: [(words: [String], marker: PlaceMarker?)] = [([], nil)]
        for word in words {
            let run = phrases[phrases.count - 1].words
            let endsName = !run.isEmpty && (1...min(4, run.count)).contains { isName((run.suffix($0) + [word]).joined(separator: " ")) }
            if let marker = PlaceAbbreviations.markers[word], !endsName {
                phrases.append(([], marker))
            } else if let last = phrases.last, (word == "ADM" || word == "ADMINISTRASI"), last.marker != nil, last.words.isEmpty {
                continue
            } else {
                phrases[phrases.count - 1].words += PlaceAbbreviations.words[word] ?? [word]
            }
        }
        return phrases.filter { !$0.words.isEmpty }
    }
}
