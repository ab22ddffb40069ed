/// A registry place a folded name can stand for.
public struct NamedPlace: Sendable, Hashable {
    public var code: String
    public var level: RegionLevel
    /// A regency-level place that is a city (kota), not a regency (kabupaten).
    public var isCity: Bool

    public init(code: String, level: RegionLevel, isCity: Bool = false) {
        self.code = code
        self.level = level
        self.isCity = isCity
    }
}

/// Provinces, regencies/cities and districts by their folded bare names (``PlaceText``), for
/// exact look-ups in a hash and bounded-edit-distance look-ups for misread names. Built once
/// from a loaded registry. Invariant: one name may stand for several places (BANDUNG is a
/// regency and a city); callers settle that with the rest of the address.
public struct PlaceNameIndex: Sendable {
    private let byName: [String: [NamedPlace]]
    private let names: [String: String]
    private let byLength: [RegionLevel: [Int: [(name: [UInt8], place: NamedPlace)]]]

    public init(registry: RegionRegistry) {
        var byName: [String: [NamedPlace]] = [:]
        var names: [String: String] = [:]
        var byLength: [RegionLevel: [Int: [(name: [UInt8], place: NamedPlace)]]] = [:]
        for (code, name) in registry.data.regions {
            guard let level = RegionLevel(code: code), level != .village else { continue }
            var bare = PlaceText.fold(name), isCity = false
            if level == .regency { (bare, isCity) = PlaceText.bareRegency(name) }
            guard !bare.isEmpty else { continue }
            let place = NamedPlace(code: code, level: level, isCity: isCity)
            byName[bare, default: []].append(place)
            names[code] = bare
            byLength[level, default: [:]][bare.utf8.count, default: []].append((Array(bare.utf8), place))
        }
        self.byName = byName.mapValues { $0.sorted { $0.code < $1.code } }
        self.names = names
        self.byLength = byLength
    }

    /// The places whose folded bare name is exactly `folded`.
    public func exact(_ folded: String) -> [NamedPlace] { byName[folded] ?? [] }

    /// The folded bare name of a province, regency or district code.
    public func bareName(_ code: String) -> String? { names[code] }

    /// Places of `level` within a few edits of `folded` (one edit per five letters, at most
    /// three), best first, each with its similarity 1 − distance / longer length.
    public func fuzzy(_ folded: String, level: RegionLevel, minimum: Double = 0.8) -> [(place: NamedPlace, score: Double)] {
        let query = Array(folded.utf8)
        let allowed = Self.allowedEdits(query.count)
        guard allowed > 0, let buckets = byLength[level] else { return [] }
        var found: [(place: NamedPlace, score: Double)] = []
        for length in max(1, query.count - allowed)...(query.count + allowed) {
            for entry in buckets[length] ?? [] {
                guard let distance = BoundedEditDistance.distance(query, entry.name, limit: allowed) else { continue }
                let score = 1 - Double(distance) / Double(max(query.count, length))
                if score >= minimum { found.append((entry.place, score)) }
            }
        }
        return found.sorted { $0.score > $1.score || ($0.score == $1.score && $0.place.code < $1.place.code) }
    }

    /// The best of `codes` (any levels) within a few edits of `folded`.
    public func fuzzy(_ folded: String, among codes: [String], minimum: Double = 0.8) -> (code: String, score: Double)? {
        let query = Array(folded.utf8)
        let allowed = Self.allowedEdits(query.count)
        var best: (code: String, score: Double)?
        for code in codes {
            guard let name = names[code] else { continue }
            let candidate = Array(name.utf8)
            guard abs(candidate.count - query.count) <= allowed, let distance = BoundedEditDistance.distance(query, candidate, limit: allowed) else { continue }
            let score = 1 - Double(distance) / Double(max(query.count, candidate.count))
            if score >= minimum, score > (best?.score ?? 0) { best = (code, score) }
        }
        return best
    }

    static func allowedEdits(_ length: Int) -> Int { min(3, length / 5) }
}

/// Levenshtein distance that gives up once it must exceed `limit` (a banded computation).
enum BoundedEditDistance {
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let big = limit + 1
        var previous = Array(0...b.count).map { min($0, big) }
        var current = [Int](repeating: big, count: b.count + 1)
        for i in 1...a.count {
            current[0] = min(i, big)
            let low = max(1, i - limit), high = min(b.count, i + limit)
            if low > 1 { current[low - 1] = big }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1, big)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = big }
            guard rowMinimum <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
