import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceKit

/// An error whose description holds something that must never reach a client.
struct LeakyError: Error, CustomStringConvertible {
    var description: String { "password=hunter2 at /srv/secret.swift:42" }
}

/// A body type with required fields, for decoding-error tests.
struct Greeting: Codable, Sendable {
    var name: String
    var times: Int
}

/// A service router (the kit's middleware and health routes) plus routes that misbehave on purpose.
enum RouterHarness {
    static func router(checks: [ReadinessCheck] = [], metrics: RequestMetrics = RequestMetrics(service: "test")) -> Router<ServiceRequestContext> {
        let router = ServiceRouter.make(checks: checks, metrics: metrics)
        router.get("/ok") { _, context in try Response.json(["request_id": context.requestID]) }
        router.get("/things/:id") { _, context in try Response.json(["id": context.parameters.get("id") ?? ""]) }
        router.get("/conflict") { _, _ -> Response in throw APIError(.conflict, .conflict, "already there") }
        router.get("/leak") { _, _ -> Response in throw LeakyError() }
        router.get("/framework") { _, _ -> Response in throw HTTPError(.badRequest, message: "bad header") }
        router.post("/greet") { request, _ in
            let greeting = try await request.decodeJSON(Greeting.self, limit: 256)
            return try Response.json(["hello": greeting.name])
        }
        router.post("/upload") { request, _ in
            let body = try await request.collectBody(limit: 32)
            return try Response.json(["bytes": body.readableBytes])
        }
        return router
    }

    static func test(
        checks: [ReadinessCheck] = [], metrics: RequestMetrics = RequestMetrics(service: "test"),
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await Application(router: router(checks: checks, metrics: metrics)).test(.router) { client in try await body(client) }
    }

    static func envelope(_ response: TestResponse) throws -> ErrorEnvelope {
        try JSONDecoder().decode(ErrorEnvelope.self, from: Data(buffer: response.body))
    }

    static func json(_ response: TestResponse) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(buffer: response.body))
    }
}
