import Logging
import ServiceKit
import Testing
@testable import IngestService

/// The queue-depth gauge on `/metrics` follows the jobs that are waiting or running.
struct QueueDepthGaugeTests {
    @Test func gaugeFollowsTheQueue() async throws {
        let queue = InMemoryJobQueue()
        let metrics = RequestMetrics(service: "ingest")
        let gauge = QueueDepthGauge(queue: queue, metrics: metrics, interval: .seconds(5), logger: Logger(label: "gauge-test"))
        for _ in 0..<3 { await queue.add(Samples.document()) }
        await gauge.sample()
        #expect(metrics.render().contains("periksa_ingest_queue_depth{service=\"ingest\"} 3.0"))
        let claimed = try #require(try await queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 3))
        #expect(try await queue.complete(claimed.document.id, worker: "w", result: .bool(true)))
        await gauge.sample()
        #expect(metrics.render().contains("periksa_ingest_queue_depth{service=\"ingest\"} 2.0"))
    }
}
