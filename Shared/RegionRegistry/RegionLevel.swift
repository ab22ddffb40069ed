/// Where a code sits in the Kemendagri hierarchy, read from its shape ("32" … "32.04.05.2001").
public enum RegionLevel: Int, Sendable, CaseIterable {
    case province = 1, regency, district, village

    public init?(code: String) {
        switch code.split(separator: ".").count {
        case 1: self = .province
        case 2: self = .regency
        case 3: self = .district
        case 4: self = .village
        default: return nil
        }
    }
}

/// Island groups used for sorting and reporting.
public enum IslandGroup: String, Sendable, CaseIterable {
    case jawa = "Jawa", sumatera = "Sumatera", kalimantan = "Kalimantan", sulawesi = "Sulawesi"
    case baliNusaTenggara = "Bali & Nusa Tenggara", maluku = "Maluku", papua = "Papua"

    /// The group of a two-digit province code.
    public init?(provinceCode: String) {
        guard let number = Int(provinceCode.prefix(2)) else { return nil }
        switch number {
        case 11...21: self = .sumatera
        case 31...36: self = .jawa
        case 51...53: self = .baliNusaTenggara
        case 61...65: self = .kalimantan
        case 71...76: self = .sulawesi
        case 81...82: self = .maluku
        case 91...96: self = .papua
        default: return nil
        }
    }
}
