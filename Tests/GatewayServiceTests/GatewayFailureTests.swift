import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import GatewayService

/// What the gateway answers when upstreams are slow or gone.
@Suite(.timeLimit(.minutes(1)))
struct GatewayFailureTests {
    @Test func slowUpstreamIs504() async throws {
        try await TestUpstream.run { upstream in
            let pool = UpstreamPool(urls: [upstream])
            try await GatewayHarness.test(upstreams: [upstream], pool: pool) { client in
                let started = ContinuousClock.now
                let response = try await client.execute(uri: "/v1/slow", method: .get)
                #expect(ContinuousClock.now - started < .seconds(2))
                #expect(response.status == .gatewayTimeout)
                let envelope = try GatewayHarness.envelope(response)
                #expect(envelope.error.code == "upstream_timeout")
                #expect(!envelope.error.requestID.isEmpty)
            }
        }
    }

    @Test(arguments: [HTTPRequest.Method.get, .post])
    func closedPortIs502(method: HTTPRequest.Method) async throws {
        try await GatewayHarness.test(upstreams: [try GatewayHarness.deadURL()]) { client in
            let auth: HTTPFields = [.authorization: "Bearer admin-token"]
            let response = try await client.execute(uri: "/v1/echo", method: method, headers: auth, body: ByteBuffer(string: "{}"))
            #expect(response.status == .badGateway)
            #expect(try GatewayHarness.envelope(response).error.code == "upstream_unavailable")
        }
    }

    @Test(arguments: [HTTPRequest.Method.get, .post])
    func deadReplicaIsSkipped(method: HTTPRequest.Method) async throws {
        let dead = try GatewayHarness.deadURL()
        try await TestUpstream.run { upstream in
            let pool = UpstreamPool(urls: [dead, upstream], failureThreshold: 2, openDuration: .seconds(60))
            try await GatewayHarness.test(upstreams: [], pool: pool) { client in
                let auth: HTTPFields = [.authorization: "Bearer employee-token"]
                for _ in 0..<4 {
                    let response = try await client.execute(uri: "/v1/echo", method: method, headers: auth, body: ByteBuffer(string: "{}"))
                    #expect(response.status == .ok)
                    #expect(try GatewayHarness.echoed(response)["path"] == "/v1/echo")
                }
                #expect(pool.openCircuits == 1, "the dead replica's circuit opened")
            }
        }
    }
}
