import Foundation
import Logging
import ServiceLifecycle

/// Deletes the uploaded bytes (a KTP photo, a transcript, a decree) of documents that finished
/// more than `retention` ago: once read, only the result is needed, and an ID-card photo kept
/// for ever is a liability. Invariants: the bytes of a queued or running document are never
/// deleted; a failed sweep is logged and tried again at the next interval, never stopping ingest.
struct UploadRetention: Service {
    let blobs: any BlobStore
    let retention: Duration
    let interval: Duration
    let logger: Logger
    let now: @Sendable () -> Date

    init(blobs: any BlobStore, retention: Duration, interval: Duration, logger: Logger, now: @escaping @Sendable () -> Date = Date.init) {
        self.blobs = blobs
        self.retention = retention
        self.interval = interval
        self.logger = logger
        self.now = now
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                _ = await sweep()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One sweep; the number of uploads deleted, nil when the store failed.
    func sweep() async -> Int? {
        do {
            let cutoff = now().addingTimeInterval(-Double(retention.components.seconds))
            let purged = try await blobs.purge(finishedBefore: cutoff)
            if purged > 0 { logger.info("finished uploads deleted", metadata: ["count": "\(purged)"]) }
            return purged
        } catch {
            logger.warning("uploads not purged", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            return nil
        }
    }
}
