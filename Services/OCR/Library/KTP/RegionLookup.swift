/// A place found in the region registry: its Kemendagri code and its name as a KTP prints it.
struct PlaceMatch: Sendable, Equatable {
    var code: String
    var name: String
    var score: Double
}

/// What KTP reading needs from the official region registry: names of codes, and fuzzy
/// matching of printed names (within a parent when known). Codes are dotted ("32.04.05").
protocol RegionLookup: Sendable {
    func provinceName(_ code: String) -> String?
    func regencyName(_ code: String) -> String?
    func districtName(_ code: String) -> String?
    func matchProvince(_ printed: String) -> PlaceMatch?
    func matchRegency(_ printed: String, province: String?) -> PlaceMatch?
    func matchDistrict(_ printed: String, regency: String?) -> PlaceMatch?
    func matchVillage(_ printed: String, district: String?) -> PlaceMatch?
    /// Every district code as the NIK writes it (six digits, no dots).
    func districtDigitCodes() -> [String]
    /// A regency or city name without its KABUPATEN/KOTA prefix, as birthplaces are printed.
    func matchPlaceName(_ printed: String) -> PlaceMatch?
}
