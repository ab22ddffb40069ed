import Contracts
import FaceAuthService
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceKit
import Testing
import Tokens

/// `POST /v1/auth/service-token`: the deployment's secret buys a short token with role `service`;
/// a wrong one is 401 and, repeated, throttled.
struct ServiceTokenRoutesTests {
    let harness = RouteHarness()
    let secret = String(repeating: "k", count: 48)

    func test(perService: [String: String] = [:], _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
        ServiceTokenController(
            secrets: try ServiceSecrets(shared: secret, perService: perService), keys: harness.keys, settings: harness.settings, lifetime: .seconds(300),
            throttle: LoginThrottle(allowed: harness.failuresAllowed)
        ).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    func trade(_ client: any TestClientProtocol, service: String = "ingest", secret: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/v1/auth/service-token", method: .post, headers: Wire.headers(),
            body: try Wire.json(["service": service, "secret": secret]))
    }

    @Test func theRightSecretBuysAServiceToken() async throws {
        try await test { client in
            let response = try await trade(client, secret: secret)
            #expect(response.status == .ok)
            let answer = try Wire.decode(TokenResponse.self, response)
            #expect(answer.expiresIn == 300)
            let identity = try await harness.keys.verify(answer.accessToken)
            #expect(identity.role == .service)
            #expect(identity.username == "ingest")
        }
    }

    @Test func wrongSecretsAreRefusedThenThrottled() async throws {
        try await test { client in
            for _ in 0..<harness.failuresAllowed {
                let wrong = try await trade(client, secret: secret + "x")
                #expect(wrong.status == .unauthorized)
            }
            #expect(try await trade(client, secret: secret).status == .tooManyRequests)
            #expect(try await trade(client, service: "region", secret: secret).status == .ok, "the throttle is per service")
            #expect(try await trade(client, service: "Ingest; DROP", secret: secret).status == .badRequest)
        }
    }

    @Test func aServicesOwnSecretReplacesTheSharedOneForItAlone() async throws {
        let own = String(repeating: "n", count: 40)
        try await test(perService: ["ner": own]) { client in
            let ner = try await trade(client, service: "ner", secret: own)
            #expect(ner.status == .ok)
            #expect(try await harness.keys.verify(try Wire.decode(TokenResponse.self, ner).accessToken).username == "ner")
            #expect(try await trade(client, service: "ner", secret: secret).status == .unauthorized, "the shared secret no longer works for ner")
            #expect(try await trade(client, service: "ingest", secret: own).status == .unauthorized, "ner's secret is not ingest's")
            #expect(try await trade(client, service: "ingest", secret: secret).status == .ok)
        }
    }
}
