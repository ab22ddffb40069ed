import Contracts
import Foundation
import ServiceKit

/// A ``DlibFaceReader`` whose models load in the background from process start, so the port
/// opens at once; face requests that arrive earlier wait for the load. Missing weights make
/// every read a 503 `not_ready` rather than a crash.
public final class LazyFaceReader: FaceReading {
    private let loading: Task<DlibFaceReader?, Never>
    private let decoding: FaceImageDecoding

    public init(settings: FaceSettings) {
        decoding = settings.decoding
        loading = Task.detached(priority: .utility) {
            guard let directory = settings.modelsDirectory else { return nil }
            let files = FaceModelFiles(directory: directory)
            guard files.present else { return nil }
            return try? DlibFaceReader(files: files, workers: settings.workers, decoding: settings.decoding, policy: settings.quality)
        }
    }

    /// Whether the models are loaded (waits for the load to finish).
    public var available: Bool { get async { await loading.value != nil } }

    public func read(_ bytes: [UInt8]) async throws -> FaceSample {
        _ = try decoding.check(bytes)
        guard let reader = await loading.value else {
            throw APIError.notReady("face models are not installed (FACE_MODELS_DIR; see deploy/local/faces.sh)")
        }
        return try await reader.read(bytes)
    }
}
