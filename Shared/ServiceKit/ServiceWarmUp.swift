import Logging
import ServiceLifecycle

/// A service's slow start-up work (a registry import, a model load), run beside the server
/// rather than before it, so the port is taken at once and `/readyz` answers 503 until the
/// work is done. Invariant: the steps run once, in order; a failing step ends the process
/// (the service group stops), never leaves it running half-loaded.
struct ServiceWarmUp: Service {
    let steps: [@Sendable () async throws -> Void]
    let logger: Logger

    func run() async throws {
        let started = ContinuousClock.now
        do {
            for step in steps { try await step() }
        } catch {
            logger.error("warm-up failed; stopping", metadata: ["error_type": "\(type(of: error))", "error": "\(error)"])
            throw error
        }
        logger.info("warm-up done", metadata: ["seconds": "\((ContinuousClock.now - started).components.seconds)"])
        try? await gracefulShutdown()
    }
}
