import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Testing
@testable import ServiceKit

/// SIGTERM-style graceful shutdown lets a request already being served finish, then closes the port.
@Suite(.timeLimit(.minutes(1)))
struct GracefulShutdownTests {
    struct NotListening: Error {}

    @Test func inFlightRequestFinishesAfterShutdownBegins() async throws {
        let port = try LoopbackPort.free()
        let base = "http://127.0.0.1:\(port)"
        let (entered, enteredSignal) = AsyncStream<Void>.makeStream()
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
        router.get("/slow") { _, _ in
            enteredSignal.yield()
            try await Task.sleep(for: .milliseconds(700))
            return try Response.json(["finished": true])
        }
        let logger = Logger(label: "shutdown-test")
        let app = ServiceApplication.make(router: router, config: ServiceConfig(name: "t", port: port), logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await Self.exercise(group: group, base: base, entered: entered, http: http)
        } catch {
            try? await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

    static func exercise(group: ServiceGroup, base: String, entered: AsyncStream<Void>, http: HTTPClient) async throws {
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await waitUntilListening(base, http: http)

            async let slow = http.execute(HTTPClientRequest(url: base + "/slow"), timeout: .seconds(10))
            var iterator = entered.makeAsyncIterator()
            _ = await iterator.next()
            await group.triggerGracefulShutdown()

            let response = try await slow
            #expect(response.status == .ok)
            let body = try await response.body.collect(upTo: 1024)
            #expect(String(buffer: body) == #"{"finished":true}"#)
            try await tasks.next()

            let after = try? await http.execute(HTTPClientRequest(url: base + "/healthz"), timeout: .seconds(2))
            #expect(after == nil, "the port is closed once shutdown is complete")
        }
    }

    static func waitUntilListening(_ base: String, http: HTTPClient) async throws {
        for _ in 0..<100 {
            if let response = try? await http.execute(HTTPClientRequest(url: base + "/healthz"), timeout: .seconds(1)),
                response.status == .ok
            {
                _ = try? await response.body.collect(upTo: 1024)
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw NotListening()
    }
}
