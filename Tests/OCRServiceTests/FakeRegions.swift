@testable import OCRService
import RegionRegistry

/// A tiny registry for parser tests: West Java's Bandung regency and one Jakarta city.
struct FakeRegions: RegionLookup {
    let provinces = ["32": "JAWA BARAT", "31": "DKI JAKARTA"]
    let regencies = ["32.04": "KABUPATEN BANDUNG", "32.73": "KOTA BANDUNG", "31.74": "JAKARTA SELATAN"]
    let districts = ["32.04.05": "CICALENGKA", "32.04.06": "NAGREG", "31.74.01": "TEBET"]
    let villages = ["32.04.05.2001": "BABAKAN PEUTEUY", "31.74.01.1001": "TEBET TIMUR"]

    func provinceName(_ code: String) -> String? { provinces[code] }
    func regencyName(_ code: String) -> String? { regencies[code] }
    func districtName(_ code: String) -> String? { districts[code] }
    func matchProvince(_ printed: String) -> PlaceMatch? { best(printed, provinces) }
    func matchRegency(_ printed: String, province: String?) -> PlaceMatch? { best(printed, within(regencies, province)) }
    func matchDistrict(_ printed: String, regency: String?) -> PlaceMatch? { best(printed, within(districts, regency)) }
    func matchVillage(_ printed: String, district: String?) -> PlaceMatch? { best(printed, within(villages, district)) }
    func districtDigitCodes() -> [String] { districts.keys.map { $0.filter(\.isNumber) } }
    func matchPlaceName(_ printed: String) -> PlaceMatch? {
        best(printed, regencies.mapValues { $0.replacingOccurrences(of: "KABUPATEN ", with: "").replacingOccurrences(of: "KOTA ", with: "") })
    }

    private func within(_ table: [String: String], _ parent: String?) -> [String: String] {
        guard let parent else { return table }
        return table.filter { $0.key.hasPrefix(parent + ".") }
    }

    private func best(_ printed: String, _ table: [String: String]) -> PlaceMatch? {
        table.map { PlaceMatch(code: $0.key, name: $0.value, score: TextSimilarity.ratio(printed, $0.value)) }.max { $0.score < $1.score }
    }
}
