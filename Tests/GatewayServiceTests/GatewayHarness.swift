import AsyncHTTPClient
import Contracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Tokens
@testable import GatewayService

/// Accepts two fixed tokens: "admin-token" (admin) and "employee-token" (employee).
struct StubVerifier: TokenVerifier {
    func verify(_ token: String) async throws(APIError) -> Identity {
        switch token {
        case "admin-token": Identity(userID: "1", username: "admin", role: .admin)
        case "employee-token": Identity(userID: "2", username: "eka", role: .employee)
        default: throw APIError.unauthorized()
        }
    }
}

/// A gateway over test routes to the `.ocr` upstream, tested through the router framework.
enum GatewayHarness {
    static let routes: [GatewayRoute] = [
        GatewayRoute(.get, "/v1/echo", to: .ocr, roles: nil),
        GatewayRoute(.post, "/v1/echo", to: .ocr, roles: [.admin, .employee]),
        GatewayRoute(.get, "/v1/admin/echo", to: .ocr, roles: [.admin]),
        GatewayRoute(.get, "/v1/slow", to: .ocr, roles: nil, timeout: .milliseconds(300)),
        GatewayRoute(.get, "/v1/boom", to: .ocr, roles: nil),
        GatewayRoute(.post, "/v1/upload", to: .ocr, roles: [.employee], bodyLimit: 16),
    ]

    static func test(
        upstreams urls: [String], pool: UpstreamPool? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        // The gateway's own client configuration; a refused connection is retried until the
        // connect timeout, so a short one keeps dead-replica tests quick.
        let http = HTTPClientService(connectTimeout: .milliseconds(400)).client
        do {
            let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
            let proxy = UpstreamProxy(http: http, pools: [.ocr: pool ?? UpstreamPool(urls: urls)])
            GatewayController(routes: routes, proxy: proxy, verifier: StubVerifier()).addRoutes(to: router)
            try await Application(router: router).test(.router) { client in try await body(client) }
        } catch {
            try await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

    /// A loopback URL where nothing listens.
    static func deadURL() throws -> String {
        "http://127.0.0.1:\(try LoopbackPort.free())"
    }

    static func envelope(_ response: TestResponse) throws -> ErrorEnvelope {
        try JSONDecoder().decode(ErrorEnvelope.self, from: Data(buffer: response.body))
    }

    static func echoed(_ response: TestResponse) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
    }
}
