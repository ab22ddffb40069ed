import Foundation
import Logging
import ServiceLifecycle

/// A background service that deletes kept enrollment photos past their retention and forgets
/// check-in photo digests past the replay memory, every `interval`.
public struct FaceMaintenance: Service {
    let templates: any FaceTemplateStore
    let seen: any SeenImageStore
    let replayMemory: Duration
    let interval: Duration
    let logger: Logger

    public init(templates: any FaceTemplateStore, seen: any SeenImageStore, replayMemory: Duration, interval: Duration = .seconds(600), logger: Logger) {
        self.templates = templates
        self.seen = seen
        self.replayMemory = replayMemory
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown { await loop() }
    }

    func loop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            guard !Task.isCancelled else { return }
            let now = Date()
            do {
                let deleted = try await templates.deleteExpiredImages(now: now)
                try await seen.forget(before: now.addingTimeInterval(-Double(replayMemory.components.seconds)))
                if deleted > 0 { logger.info("expired enrollment photos deleted", metadata: ["count": "\(deleted)"]) }
            } catch {
                logger.warning("face maintenance failed; will retry", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
        }
    }
}
