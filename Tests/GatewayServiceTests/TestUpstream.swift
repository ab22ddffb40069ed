import Foundation
import Hummingbird
import Logging
import NIOCore

/// A real Hummingbird app on a loopback port playing an upstream service: `/v1/echo` answers
/// with the headers it received as JSON, `/v1/slow` sleeps two seconds, `/v1/boom` fails with 500,
/// `/v1/upload` echoes its body's size.
enum TestUpstream {
    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/v1/echo") { request, _ in try echo(request) }
        router.get("/v1/admin/echo") { request, _ in try echo(request) }
        router.post("/v1/echo") { request, _ in try echo(request) }
        router.get("/v1/slow") { _, _ -> String in
            try await Task.sleep(for: .seconds(2))
            return "late"
        }
        router.get("/v1/boom") { _, _ -> Response in
            Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: "upstream broke")))
        }
        router.post("/v1/upload") { request, _ -> String in
            let body = try await request.body.collect(upTo: 1 << 20)
            return "received \(body.readableBytes)"
        }
        return router
    }

    static func echo(_ request: Request) throws -> Response {
        var seen: [String: String] = ["path": request.uri.description]
        for field in request.headers { seen[field.name.canonicalName] = field.value }
        let data = try JSONEncoder().encode(seen)
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Runs the upstream on 127.0.0.1 while `body` runs with its base URL; stops it afterwards.
    static func run<Value: Sendable>(_ body: @Sendable (String) async throws -> Value) async throws -> Value {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "test-upstream")
        logger.logLevel = .error
        let app = Application(
            router: router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw UpstreamDidNotStart() }
            let value = try await body("http://127.0.0.1:\(port)")
            group.cancelAll()
            return value
        }
    }
}

/// The upstream app never reported a listening port.
struct UpstreamDidNotStart: Error {}
