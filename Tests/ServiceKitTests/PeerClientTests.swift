import AsyncHTTPClient
import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Testing
@testable import ServiceKit

/// A peer service on a loopback port whose routes answer well, refuse, break or dawdle.
enum TestPeer {
    struct DidNotStart: Error {}

    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/echo") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 16)
            let seen = ["request_id": request.headers[RequestIDMiddleware.header] ?? "", "auth": request.headers[.authorization] ?? "",
                        "body": String(buffer: body), "type": request.headers[.contentType] ?? ""]
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(seen))))
        }
        router.get("/fresh-only") { request, _ -> Response in
            guard request.headers[.authorization] == "Bearer fresh" else {
                let envelope = ErrorEnvelope(code: "unauthorized", message: "token expired", requestID: "peer")
                return Response(status: .unauthorized, body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(envelope))))
            }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{\"ok\":1}")))
        }
        router.get("/refuse") { _, _ -> Response in
            let envelope = ErrorEnvelope(code: "not_a_ktp", message: "the image is not a KTP", requestID: "peer")
            return Response(status: .unprocessableContent, body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(envelope))))
        }
        router.get("/plain-404") { _, _ in Response(status: .notFound, body: .init(byteBuffer: ByteBuffer(string: "nope"))) }
        router.get("/crash") { _, _ in Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: "stack trace here"))) }
        router.get("/garbage") { _, _ in Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "<html>"))) }
        router.get("/slow") { _, _ -> String in
            try await Task.sleep(for: .seconds(3))
            return "late"
        }
        return router
    }

    static func run(_ body: @Sendable (String) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "test-peer")
        logger.logLevel = .error
        let app = Application(
            router: router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw DidNotStart() }
            try await body("http://127.0.0.1:\(port)")
            group.cancelAll()
        }
    }
}

/// Peer calls: request id and token carried; a peer's 4xx envelope comes back as the same
/// error; a broken peer is 502 and a slow one 504, never its internals.
@Suite(.timeLimit(.minutes(1)))
struct PeerClientTests {
    static func withPeer(_ body: @Sendable (PeerClient) async throws -> Void) async throws {
        let http = HTTPClientService(connectTimeout: .milliseconds(500)).client
        do {
            try await TestPeer.run { url in try await body(PeerClient(http: http, baseURL: url + "/", timeout: .milliseconds(800))) }
        } catch {
            try? await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

    static func failure(_ call: () async throws -> Void) async -> APIError? {
        do {
            try await call()
            return nil
        } catch let error as APIError {
            return error
        } catch {
            return APIError(.internalServerError, "unexpected", "\(type(of: error))")
        }
    }

    @Test func carriesRequestIDTokenAndBody() async throws {
        try await Self.withPeer { peer in
            let seen = try await peer.post("/echo", json: ["text": "halo"], as: [String: String].self, requestID: "rid-7", bearer: "tok")
            #expect(seen["request_id"] == "rid-7")
            #expect(seen["auth"] == "Bearer tok")
            #expect(seen["body"] == #"{"text":"halo"}"#)
            #expect(seen["type"] == "application/json")
            let raw = try await peer.post("/echo", bytes: ByteBuffer(bytes: [0x25, 0x50]), contentType: "application/pdf", as: [String: String].self, requestID: "r")
            #expect(raw["type"] == "application/pdf")
        }
    }

    @Test func peersEnvelopeComesBackAsTheSameError() async throws {
        try await Self.withPeer { peer in
            let error = await Self.failure { _ = try await peer.get("/refuse", as: JSONValue.self, requestID: "r") }
            #expect(error?.status == .unprocessableContent)
            #expect(error?.code.rawValue == "not_a_ktp")
            #expect(error?.message == "the image is not a KTP")
        }
    }

    @Test(arguments: ["/crash", "/garbage", "/plain-404"])
    func brokenPeerIs502WithoutItsInternals(path: String) async throws {
        try await Self.withPeer { peer in
            let error = await Self.failure { _ = try await peer.get(path, as: [String: Int].self, requestID: "r") }
            #expect(error?.status == .badGateway)
            #expect(error?.code == .upstreamUnavailable)
            #expect(error?.message.contains("stack trace") == false)
        }
    }

    @Test func slowPeerIs504() async throws {
        try await Self.withPeer { peer in
            let started = ContinuousClock.now
            let error = await Self.failure { _ = try await peer.get("/slow", as: JSONValue.self, requestID: "r") }
            #expect(error?.status == .gatewayTimeout)
            #expect(error?.code == .upstreamTimeout)
            #expect(ContinuousClock.now - started < .seconds(2))
        }
    }

    @Test func deadPeerIs502() async throws {
        let http = HTTPClientService(connectTimeout: .milliseconds(300)).client
        let peer = PeerClient(http: http, baseURL: "http://127.0.0.1:\(try LoopbackPort.free())")
        let error = await Self.failure { _ = try await peer.get("/x", as: JSONValue.self, requestID: "r") }
        try await http.shutdown()
        #expect(error?.status == .badGateway)
        #expect(error?.code == .upstreamUnavailable)
    }
}
