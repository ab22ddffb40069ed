import Contracts
import Foundation
import RegionRegistry
import ServiceKit

/// The KTP extraction as a library: a pool of Tesseract engines plus the reader. Used by the
/// ocr service's route and by the benchmark. Invariant: at most `engines` cards are read at once.
public struct KTPExtractor: Sendable {
    let pool: EnginePool
    let reader: KTPReader
    let registry: LoadedRegistry

    public init(registry: LoadedRegistry, engines: Int) throws {
        self.registry = registry
        self.pool = try EnginePool(size: engines, languages: "ind+eng")
        self.reader = KTPReader(regions: RegistryLookup(loaded: registry))
    }

    /// The lines recognised on the straightened card, for diagnosing a misread field.
    public func lines(_ bytes: [UInt8]) async throws -> [String] {
        let reader = self.reader
        return try await pool.run { engine throws(APIError) in try reader.lines(bytes, engine: engine) }
    }

    /// The card's fields, or an ``APIError`` (`not_a_ktp`, `corrupt_image`, …) for bad input.
    public func extract(_ bytes: [UInt8]) async throws -> KTPExtraction {
        let reader = self.reader
        return try await pool.run { engine throws(APIError) in try reader.read(bytes, engine: engine) }
    }
}
