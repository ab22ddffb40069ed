import AsyncHTTPClient
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import Testing
@testable import ServiceKit

/// Slow start-up work runs once the port is open: `/readyz` says 503 until it is done, and
/// a failing step stops the service instead of leaving it half-loaded.
@Suite(.timeLimit(.minutes(1)))
struct WarmUpTests {
    struct ImportFailed: Error {}

    @Test func portAnswersWhileWarmingUpAndReadinessFollowsIt() async throws {
        let port = try LoopbackPort.free()
        let base = "http://127.0.0.1:\(port)"
        let loaded = Mutex(false)
        let (gate, open) = AsyncStream<Void>.makeStream()
        let router = ServiceRouter.make(checks: [ReadinessCheck(name: "registry") { loaded.withLock { $0 } }], metrics: RequestMetrics(service: "t"))
        let logger = Logger(label: "warm-up-test")
        let app = ServiceApplication.make(router: router, config: ServiceConfig(name: "t", port: port), logger: logger, warmUp: [{
            for await _ in gate { break }
            loaded.withLock { $0 = true }
        }])
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { _ = http.shutdown() }
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await GracefulShutdownTests.waitUntilListening(base, http: http)
            #expect(try await Self.status(base + "/readyz", http) == 503, "not ready while the warm-up runs")

            open.yield()
            var ready = false
            for _ in 0..<100 where !ready {
                ready = try await Self.status(base + "/readyz", http) == 200
                if !ready { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(ready, "ready once the warm-up is done")
            await group.triggerGracefulShutdown()
            try await tasks.next()
        }
    }

    @Test func failingWarmUpStopsTheService() async throws {
        let port = try LoopbackPort.free()
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
        let logger = Logger(label: "warm-up-test")
        let app = ServiceApplication.make(router: router, config: ServiceConfig(name: "t", port: port), logger: logger, warmUp: [{ throw ImportFailed() }])
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        await #expect(throws: ImportFailed.self) { try await group.run() }
    }

    static func status(_ url: String, _ http: HTTPClient) async throws -> UInt {
        let response = try await http.execute(HTTPClientRequest(url: url), timeout: .seconds(2))
        _ = try await response.body.collect(upTo: 64 * 1024)
        return response.status.code
    }
}
