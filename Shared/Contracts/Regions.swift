/// Sorting region of a parcel's destination.
public enum SortingRegion: String, Codable, Sendable {
    case jawa = "REG_JAWA"
    case luarJawa = "REG_LUARJAWA"
    case unknown = "UNKNOWN"
}

/// `POST /v1/regions/classify` JSON request: the receipt's text, lines in reading order.
public struct RegionClassifyRequest: Codable, Sendable, Equatable {
    public var text: String
    public init(text: String) { self.text = text }
}

/// `POST /v1/regions/classify` answer, with the evidence the decision rests on.
/// Invariants: `region` is `UNKNOWN` exactly when no destination could be read, and then the
/// place fields are null; names are the official registry's (`Jawa Barat`, `Kota Bandung`);
/// `evidence` says which text, which rule and which conflicts led here, without personal data.
public struct RegionClassification: Codable, Sendable, Equatable {
    public var region: SortingRegion
    public var province: String?
    public var islandGroup: String?
    public var city: String?
    public var postalCode: String?
    public var confidence: Double
    public var evidence: [String]
    /// The district (kecamatan) when one was read; an extra field beyond DESIGN.md's.
    public var district: String?

    public init(
        region: SortingRegion, province: String?, islandGroup: String?, city: String?, postalCode: String?,
        confidence: Double, evidence: [String], district: String? = nil
    ) {
        self.region = region
        self.province = province
        self.islandGroup = islandGroup
        self.city = city
        self.postalCode = postalCode
        self.confidence = confidence
        self.evidence = evidence
        self.district = district
    }

    enum CodingKeys: String, CodingKey {
        case region, province, city, confidence, evidence, district
        case islandGroup = "island_group"
        case postalCode = "postal_code"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(region, forKey: .region)
        try c.encode(province, forKey: .province)
        try c.encode(islandGroup, forKey: .islandGroup)
        try c.encode(city, forKey: .city)
        try c.encode(postalCode, forKey: .postalCode)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(district, forKey: .district)
    }
}
