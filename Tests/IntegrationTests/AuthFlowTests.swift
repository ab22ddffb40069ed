import Contracts
import Foundation
import Testing

/// Login, users and roles, and every kind of bad token — through the gateway only.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct AuthFlowTests {
    @Test func tokensAreCheckedOnProtectedRoutes() async throws {
        try await withCluster("auth") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let protected = "/v1/documents/\(UUID().uuidString)"
            let forgery = TokenForgery(cluster: cluster)

            let none = try await client.get(protected)
            #expect(none.status == 401)
            #expect(none.envelope?.error.code == "unauthorized")
            #expect(none.envelope?.error.requestID == none.header("X-Request-ID"))

            for bad in ["garbage", try await forgery.expired(), try await forgery.signedByStranger(), try forgery.unsigned()] {
                let response = try await client.get(protected, token: bad)
                #expect(response.status == 401, "token \(bad.prefix(20))… was not refused")
                #expect(response.envelope?.error.code == "unauthorized")
            }

            let token = try await client.login("admin", cluster.adminPassword)
            let authorised = try await client.get(protected, token: token)
            #expect(authorised.status == 404)
            #expect(authorised.envelope?.error.code == "not_found")
            try await internalServicesNeedTokens(cluster, userToken: token)
        }
    }

    /// Behind the gateway, ocr, ner and region refuse callers without a token; a service token
    /// comes only from face-auth directly, for the deployment's secret, and opens no public route.
    func internalServicesNeedTokens(_ cluster: TestCluster, userToken: String) async throws {
        let text = ["text": "Penerima: Budi, Jl. Asia Afrika 8, Kota Bandung, Jawa Barat 40111"]
        let ner = NERRequest(text: "Keputusan Bupati")
        #expect(try await HTTPTestClient(base: cluster.url("ocr")).post("/v1/ktp/extract", raw: Data([0xFF, 0xD8]), contentType: "image/jpeg").status == 401)
        #expect(try await HTTPTestClient(base: cluster.url("ner")).post("/v1/ner/extract", json: ner).status == 401)
        let region = HTTPTestClient(base: cluster.url("region"))
        #expect(try await region.post("/v1/regions/classify", json: text).status == 401)
        #expect(try await region.get("/readyz").status == 200)
        #expect(try await region.post("/v1/regions/classify", json: text, token: userToken).status == 200)

        let faceAuth = HTTPTestClient(base: cluster.url("face-auth"))
        let wrong = try await faceAuth.post("/v1/auth/service-token", json: ServiceTokenRequest(service: "ingest", secret: String(repeating: "x", count: 40)))
        #expect(wrong.status == 401)
        let issued = try await faceAuth.post("/v1/auth/service-token", json: ServiceTokenRequest(service: "ingest", secret: cluster.serviceSecret))
        #expect(issued.status == 200)
        let service = try issued.decode(TokenResponse.self).accessToken
        #expect(try await region.post("/v1/regions/classify", json: text, token: service).status == 200)
        let gateway = HTTPTestClient(base: cluster.gatewayURL)
        #expect(try await gateway.post("/v1/auth/service-token", json: ServiceTokenRequest(service: "ingest", secret: cluster.serviceSecret)).status == 404)
        #expect(try await gateway.get("/v1/documents/\(UUID().uuidString)", token: service).status == 403)
    }

    @Test func adminsCreateUsersAndRolesAreEnforced() async throws {
        try await withCluster("users") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let request = CreateUserRequest(username: "siti", password: "rahasia-panjang-1", role: .employee, fullName: "Siti Aminah")
            let created = try await client.post("/v1/users", json: request, token: admin)
            #expect(created.status == 201)
            #expect(try created.decode(UserResponse.self).role == .employee)
            #expect(try await client.post("/v1/users", json: request, token: admin).status == 409)

            let employee = try await client.login("siti", "rahasia-panjang-1")
            let refused = try await client.post("/v1/users", json: request, token: employee)
            #expect(refused.status == 403)
            #expect(refused.envelope?.error.code == "forbidden")
            #expect(try await client.post("/v1/auth/login", json: LoginRequest(username: "siti", password: "wrong-password")).status == 401)

            let rotated = try await client.post("/v1/auth/keys/rotate", raw: Data(), contentType: nil, token: admin)
            #expect(rotated.status == 200)
            #expect(try await client.get("/v1/documents/\(UUID().uuidString)", token: employee).status == 404, "tokens from before a rotation stay valid")
            let jwks = try await client.get("/.well-known/jwks.json").decode(JWKSDocument.self)
            #expect(jwks.keys.count == 2)
        }
    }

    @Test func badBodiesGetTheEnvelope() async throws {
        try await withCluster("badauth") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let malformed = try await client.post("/v1/auth/login", raw: Data("{\"username\": ".utf8), contentType: "application/json")
            #expect(malformed.status == 400)
            #expect(malformed.envelope?.error.code == "malformed_json")
            let missing = try await client.post("/v1/auth/login", raw: Data("{\"username\":\"admin\"}".utf8), contentType: "application/json")
            #expect(missing.status == 400)
            #expect(missing.envelope?.error.code == "missing_field")
            let huge = try await client.post("/v1/auth/login", raw: Data(repeating: 0x41, count: 200_000), contentType: "application/json")
            #expect(huge.status == 413)
            #expect(huge.envelope?.error.code == "payload_too_large")
            let admin = try await client.login("admin", cluster.adminPassword)
            let badRole = try await client.post(
                "/v1/users", raw: Data(#"{"username":"x1y","password":"0123456789ab","role":"root","full_name":"X"}"#.utf8),
                contentType: "application/json", token: admin)
            #expect(badRole.status == 400)
            #expect(badRole.envelope?.error.code == "invalid_field")
            #expect(try await client.get("/v1/nothing-here").status == 404)
        }
    }
}
