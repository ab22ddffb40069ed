import Logging
import ServiceKit
import ServiceLifecycle

/// Exports the jobs waiting or running as the `ingest_queue_depth` gauge on `/metrics`, sampled
/// every `interval`, so a backlog shows before users notice it. Invariant: a failed count keeps
/// the last value and is logged; it never stops the service.
struct QueueDepthGauge: Service {
    static let name = "ingest_queue_depth"
    let queue: any JobQueue
    let metrics: RequestMetrics
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await sample()
                try? await Task.sleep(for: interval)
            }
        }
    }

    func sample() async {
        do {
            metrics.set(gauge: Self.name, to: Double(try await queue.depth()))
        } catch {
            logger.warning("queue depth not sampled", metadata: ["error": "\(String(reflecting: type(of: error)))"])
        }
    }
}
