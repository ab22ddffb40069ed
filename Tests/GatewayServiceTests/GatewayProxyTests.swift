import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import GatewayService

/// Live forwarding to a real upstream on loopback.
@Suite(.timeLimit(.minutes(1)))
struct GatewayProxyTests {
    static let requestID = HTTPField.Name("X-Request-ID")!

    @Test func forwardsAndCarriesTheRequestID() async throws {
        try await TestUpstream.run { upstream in
            try await GatewayHarness.test(upstreams: [upstream]) { client in
                let response = try await client.execute(uri: "/v1/echo?x=1", method: .get, headers: [.accept: "application/json"])
                #expect(response.status == .ok)
                let seen = try GatewayHarness.echoed(response)
                let id = try #require(response.headers[Self.requestID])
                #expect(!id.isEmpty)
                #expect(seen["x-request-id"] == id)
                #expect(seen["path"] == "/v1/echo?x=1")
                #expect(seen["accept"] == "application/json")

                let chosen = try await client.execute(uri: "/v1/echo", method: .get, headers: [Self.requestID: "trace-42"])
                #expect(chosen.headers[Self.requestID] == "trace-42")
                #expect(try GatewayHarness.echoed(chosen)["x-request-id"] == "trace-42")
            }
        }
    }

    @Test func protectedRoutesNeedATokenAndTheRole() async throws {
        try await TestUpstream.run { upstream in
            try await GatewayHarness.test(upstreams: [upstream]) { client in
                let anonymous = try await client.execute(uri: "/v1/admin/echo", method: .get)
                #expect(anonymous.status == .unauthorized)
                let envelope = try GatewayHarness.envelope(anonymous)
                #expect(envelope.error.code == "unauthorized")
                #expect(envelope.error.requestID == anonymous.headers[Self.requestID])

                let forged = try await client.execute(uri: "/v1/admin/echo", method: .get, headers: [.authorization: "Bearer forged"])
                #expect(forged.status == .unauthorized)

                let employee = try await client.execute(uri: "/v1/admin/echo", method: .get, headers: [.authorization: "Bearer employee-token"])
                #expect(employee.status == .forbidden)
                #expect(try GatewayHarness.envelope(employee).error.code == "forbidden")

                let admin = try await client.execute(uri: "/v1/admin/echo", method: .get, headers: [.authorization: "Bearer admin-token"])
                #expect(admin.status == .ok)
                #expect(try GatewayHarness.echoed(admin)["authorization"] == "Bearer admin-token")
            }
        }
    }

    @Test func bodyOverTheRouteLimitIs413() async throws {
        try await TestUpstream.run { upstream in
            try await GatewayHarness.test(upstreams: [upstream]) { client in
                let auth: HTTPFields = [.authorization: "Bearer employee-token"]
                let small = try await client.execute(uri: "/v1/upload", method: .post, headers: auth, body: ByteBuffer(string: "0123456789"))
                #expect(small.status == .ok)
                #expect(String(buffer: small.body) == "received 10")

                let big = try await client.execute(uri: "/v1/upload", method: .post, headers: auth, body: ByteBuffer(repeating: 0x41, count: 17))
                #expect(big.status == .contentTooLarge)
                #expect(try GatewayHarness.envelope(big).error.code == "payload_too_large")
            }
        }
    }

    @Test func upstreamErrorsPassThrough() async throws {
        try await TestUpstream.run { upstream in
            try await GatewayHarness.test(upstreams: [upstream]) { client in
                let response = try await client.execute(uri: "/v1/boom", method: .get)
                #expect(response.status == .internalServerError)
                #expect(String(buffer: response.body) == "upstream broke")
                #expect(response.headers[Self.requestID] != nil)
            }
        }
    }

    @Test func unknownRouteIs404Envelope() async throws {
        try await GatewayHarness.test(upstreams: [try GatewayHarness.deadURL()]) { client in
            let response = try await client.execute(uri: "/v1/nowhere", method: .get)
            #expect(response.status == .notFound)
            #expect(try GatewayHarness.envelope(response).error.code == "not_found")
        }
    }
}
