import Contracts
import Foundation
import HummingbirdTesting
import Testing
import Tokens

struct AuthRoutesTests {
    @Test func loginWithTheRightPasswordGivesABearerToken() async throws {
        let harness = RouteHarness()
        try await harness.addUser("dewi", password: "rahasia-dewi-1", role: .operator)
        try await harness.test { client in
            let body = try Wire.json(["username": "Dewi", "password": "rahasia-dewi-1"])
            try await client.execute(uri: "/v1/auth/login", method: .post, headers: Wire.headers(), body: body) { response in
                #expect(response.status == .ok)
                let object = try Wire.object(response)
                #expect(object["token_type"] as? String == "Bearer")
                #expect(object["expires_in"] as? Int == 900)
                let token = try #require(object["access_token"] as? String)
                let identity = try await harness.keys.verify(token)
                #expect(identity.username == "dewi")
                #expect(identity.role == .operator)
            }
        }
    }

    @Test(arguments: [("dewi", "wrong-password"), ("nobody", "rahasia-dewi-1")])
    func wrongCredentialsAre401(username: String, password: String) async throws {
        let harness = RouteHarness()
        try await harness.addUser("dewi", password: "rahasia-dewi-1", role: .operator)
        try await harness.test { client in
            let body = try Wire.json(["username": username, "password": password])
            try await client.execute(uri: "/v1/auth/login", method: .post, headers: Wire.headers(), body: body) { response in
                #expect(response.status == .unauthorized)
                let envelope = try Wire.decode(ErrorEnvelope.self, response)
                #expect(envelope.error.code == "unauthorized")
                #expect(!envelope.error.requestID.isEmpty)
                #expect(try Wire.object(response)["access_token"] == nil)
            }
        }
    }

    @Test func repeatedFailuresBlockEvenTheRightPassword() async throws {
        let harness = RouteHarness()
        try await harness.addUser("dewi", password: "rahasia-dewi-1", role: .operator)
        try await harness.test { client in
            for _ in 0..<harness.failuresAllowed {
                let wrong = try Wire.json(["username": "dewi", "password": "not-the-password"])
                let response = try await client.execute(uri: "/v1/auth/login", method: .post, headers: Wire.headers(), body: wrong)
                #expect(response.status == .unauthorized)
            }
            let right = try Wire.json(["username": "dewi", "password": "rahasia-dewi-1"])
            let response = try await client.execute(uri: "/v1/auth/login", method: .post, headers: Wire.headers(), body: right)
            #expect(response.status == .tooManyRequests)
            #expect(try Wire.decode(ErrorEnvelope.self, response).error.code == "rate_limited")
        }
    }

    @Test func malformedLoginBodyIs400() async throws {
        try await RouteHarness().test { client in
            let response = try await client.execute(uri: "/v1/auth/login", method: .post, headers: Wire.headers(), body: .init(string: "{\"username\":"))
            #expect(response.status == .badRequest)
            #expect(try Wire.decode(ErrorEnvelope.self, response).error.code == "malformed_json")
        }
    }

    @Test func jwksPublishesECKeys() async throws {
        let harness = RouteHarness()
        try await harness.test { client in
            try await client.execute(uri: "/.well-known/jwks.json", method: .get) { response in
                #expect(response.status == .ok)
                let keys = try #require(Wire.object(response)["keys"] as? [[String: Any]])
                #expect(keys.count == 1)
                for key in keys {
                    #expect(key["kty"] as? String == "EC")
                    #expect(key["crv"] as? String == "P-256")
                    #expect((key["kid"] as? String)?.isEmpty == false)
                    #expect(key["d"] == nil)
                }
                let token = try await harness.token(role: .admin)
                let kid = try AccessTokenCheck(settings: harness.settings).keyID(of: token)
                #expect(keys.first?["kid"] as? String == kid)
            }
        }
    }
}
