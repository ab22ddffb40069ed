/// `/readyz` answer: overall status plus one entry per dependency (database, upstreams).
/// Invariant: `status` is `ready` only when every check is `ready`.
public struct ReadinessReport: Codable, Sendable, Equatable {
    public var status: String
    public var checks: [String: String]

    public init(checks: [String: String]) {
        self.checks = checks
        self.status = checks.values.allSatisfy { $0 == "ready" } ? "ready" : "not_ready"
    }

    public var isReady: Bool { status == "ready" }
}
