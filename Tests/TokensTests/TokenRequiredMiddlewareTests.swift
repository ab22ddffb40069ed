import Hummingbird
import HummingbirdTesting
import RouteTesting
import ServiceKit
import Testing
@testable import Tokens

/// ocr and region behind the gateway: `/v1/` needs a person's or a service's token; probes stay open.
struct TokenRequiredMiddlewareTests {
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
        router.add(middleware: TestIdentityMiddleware())
        router.add(middleware: TokenRequiredMiddleware())
        router.post("/v1/read") { _, _ in "read" }
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    @Test(arguments: [("", 401), ("kiosk", 403), ("employee", 200), ("applicant", 200), ("service", 200)])
    func v1RoutesNeedAnAllowedRole(role: String, status: Int) async throws {
        try await test { client in
            let headers: HTTPFields = role.isEmpty ? [:] : [TestIdentityMiddleware.role: role]
            let response = try await client.execute(uri: "/v1/read", method: .post, headers: headers)
            #expect(Int(response.status.code) == status)
        }
    }

    @Test func probesStayOpen() async throws {
        try await test { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(health.status == .ok && metrics.status == .ok)
        }
    }
}
