import RegionRegistry

/// ``RegionLookup`` over the official registry, with names in the form a KTP prints them.
struct RegistryLookup: RegionLookup {
    let loaded: LoadedRegistry
    private var registry: RegionRegistry { loaded.registry }

    func provinceName(_ code: String) -> String? { registry.printedProvince(code) }
    func regencyName(_ code: String) -> String? { registry.printedRegency(code) }
    func districtName(_ code: String) -> String? { registry.name(code).map { $0.uppercased() } }

    func matchProvince(_ printed: String) -> PlaceMatch? {
        place(registry.bestMatch(printed, among: registry.provinces, printed: registry.printedProvince))
    }

    func matchRegency(_ printed: String, province: String?) -> PlaceMatch? {
        let codes = province.map { registry.children(of: $0) } ?? registry.codes(.regency)
        return place(registry.bestMatch(printed, among: codes, printed: registry.printedRegency))
    }

    func matchDistrict(_ printed: String, regency: String?) -> PlaceMatch? {
        let codes = regency.map { registry.children(of: $0) } ?? registry.codes(.district)
        return place(registry.bestMatch(printed, among: codes) { registry.name($0)?.uppercased() })
    }

    func matchVillage(_ printed: String, district: String?) -> PlaceMatch? {
        guard let district else { return nil }
        return place(registry.bestMatch(printed, among: registry.villages(of: district)) { registry.name($0)?.uppercased() })
    }

    func districtDigitCodes() -> [String] {
        registry.codes(.district).map { $0.filter(\.isNumber) }
    }

    func matchPlaceName(_ printed: String) -> PlaceMatch? {
        place(registry.bestMatch(printed, among: registry.codes(.regency)) { registry.name($0).map(RegionRegistry.bareName) })
    }

    private func place(_ match: RegionMatch?) -> PlaceMatch? {
        match.map { PlaceMatch(code: $0.code, name: $0.name, score: $0.score) }
    }
}
