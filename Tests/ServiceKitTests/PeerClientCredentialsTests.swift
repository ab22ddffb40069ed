import Contracts
import Foundation
import Synchronization
import Testing
@testable import ServiceKit

/// Hands out "stale" until that token is discarded, then "fresh"; or fails when `broken`.
final class ScriptedBearers: BearerSource {
    let broken: Bool
    let discarded = Mutex<[String]>([])
    init(broken: Bool = false) { self.broken = broken }

    func bearer() async throws -> String {
        struct IssuerDown: Error {}
        if broken { throw IssuerDown() }
        return discarded.withLock { $0.contains("stale") } ? "fresh" : "stale"
    }

    func discard(_ token: String) async { discarded.withLock { $0.append(token) } }
}

/// A service's own token on peer calls: used when the caller passes none, renewed once when the
/// peer refuses it, and an issuer that cannot be reached is a 502, not the peer's fault.
@Suite(.timeLimit(.minutes(1)))
struct PeerClientCredentialsTests {
    static func withPeer(credentials: ScriptedBearers, _ body: @Sendable (PeerClient) async throws -> Void) async throws {
        try await PeerClientTests.withPeer { plain in
            try await body(PeerClient(http: plain.http, baseURL: plain.baseURL, timeout: plain.timeout, credentials: credentials))
        }
    }

    @Test func aRefusedTokenIsDiscardedAndRenewedOnce() async throws {
        let bearers = ScriptedBearers()
        try await Self.withPeer(credentials: bearers) { peer in
            let answer = try await peer.get("/fresh-only", as: [String: Int].self, requestID: "r")
            #expect(answer["ok"] == 1)
            #expect(bearers.discarded.withLock { $0 } == ["stale"])
        }
    }

    @Test func theServiceTokenGoesOutUnlessTheCallerGivesOne() async throws {
        try await Self.withPeer(credentials: ScriptedBearers()) { peer in
            let own = try await peer.post("/echo", json: ["a": 1], as: [String: String].self, requestID: "r")
            #expect(own["auth"] == "Bearer stale")
            let callers = try await peer.post("/echo", json: ["a": 1], as: [String: String].self, requestID: "r", bearer: "user")
            #expect(callers["auth"] == "Bearer user")
        }
    }

    @Test func anUnreachableIssuerIs502() async throws {
        try await Self.withPeer(credentials: ScriptedBearers(broken: true)) { peer in
            let error = await PeerClientTests.failure { _ = try await peer.get("/fresh-only", as: JSONValue.self, requestID: "r") }
            #expect(error?.status == .badGateway)
            #expect(error?.code == .upstreamUnavailable)
        }
    }
}
