import Foundation
import OCRService
import RegionRegistry

/// The committed fixture cards and images, and an extractor over the real registry files
/// (`PERIKSA_REGISTRY_DIR`, prepared by deploy/local/test).
enum FixtureCards {
    static var registryDirectory: String? { ProcessInfo.processInfo.environment["PERIKSA_REGISTRY_DIR"] }
    static var available: Bool { registryDirectory.map { FileManager.default.fileExists(atPath: $0 + "/wilayah.json") } ?? false }

    static func extractor() throws -> KTPExtractor {
        let data = try RegistryData.load(directory: registryDirectory ?? "")
        return try KTPExtractor(registry: LoadedRegistry(RegionRegistry(data: data)), engines: 1)
    }

    static func directory(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url
    }

    /// Each fixture card's image bytes and ground truth.
    static func cards() throws -> [(name: String, bytes: [UInt8], truth: [String: String])] {
        let folder = try directory("ktp")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }.sorted()
        return try names.map { name in
            let base = folder.appendingPathComponent(String(name.dropLast(4)))
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathExtension("json"))) as? [String: Any] ?? [:]
            return (name, [UInt8](try Data(contentsOf: base.appendingPathExtension("jpg"))), truth.compactMapValues { $0 as? String })
        }
    }

    static func negatives() throws -> [(name: String, bytes: [UInt8])] {
        let folder = try directory("negatives")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }.sorted().map {
            ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))))
        }
    }
}
