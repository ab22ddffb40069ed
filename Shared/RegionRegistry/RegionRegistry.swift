/// The official region registry in memory: names by code, children by parent, villages and
/// postcodes. Immutable once built, so one instance is shared by every request.
/// Invariant: codes are dotted Kemendagri codes ("32.04.05"); names are as the registry spells them.
public struct RegionRegistry: Sendable {
    public let data: RegistryData
    private let children: [String: [String]]
    private let villagesOfDistrict: [String: [String]]

    public init(data: RegistryData) {
        self.data = data
        var children: [String: [String]] = [:]
        for code in data.regions.keys {
            guard let dot = code.lastIndex(of: ".") else { children["", default: []].append(code); continue }
            children[String(code[..<dot]), default: []].append(code)
        }
        var villages: [String: [String]] = [:]
        for code in data.villages.keys {
            guard let dot = code.lastIndex(of: ".") else { continue }
            villages[String(code[..<dot]), default: []].append(code)
        }
        self.children = children.mapValues { $0.sorted() }
        self.villagesOfDistrict = villages.mapValues { $0.sorted() }
    }

    public func name(_ code: String) -> String? { data.regions[Self.dotted(code)] ?? data.villages[code] }
    public var provinces: [String] { children[""] ?? [] }
    public func children(of code: String) -> [String] { children[Self.dotted(code)] ?? [] }
    public func villages(of district: String) -> [String] { villagesOfDistrict[Self.dotted(district)] ?? [] }
    public func postcode(ofVillage code: String) -> String? { data.postcodes[code] }

    public func count(_ level: RegionLevel) -> Int {
        level == .village ? data.villages.count : data.regions.keys.filter { RegionLevel(code: $0) == level }.count
    }

    /// "320405" or "32.04.05" → "32.04.05" (codes of up to three levels).
    public static func dotted(_ code: String) -> String {
        guard !code.contains("."), code.count <= 6, code.count % 2 == 0 else { return code }
        let characters = Array(code)
        return stride(from: 0, to: characters.count, by: 2).map { String(characters[$0..<$0 + 2]) }.joined(separator: ".")
    }
}
