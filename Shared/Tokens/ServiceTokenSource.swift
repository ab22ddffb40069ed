import Contracts
import Logging
import ServiceKit

/// This service's own token, traded for its ``ServiceCredential`` at face-auth's
/// `/v1/auth/service-token` and reused until a fifth of its life remains. Invariants: concurrent
/// callers share one trade in flight; a token a peer refused is never handed out again.
public actor ServiceTokenSource: BearerSource {
    public typealias Trade = @Sendable () async throws -> TokenResponse
    private let trade: Trade
    private let logger: Logger
    private var current: (token: String, renewAt: ContinuousClock.Instant)?
    private var inFlight: Task<String, any Error>?

    public init(credential: ServiceCredential, peer: PeerClient, logger: Logger) {
        let request = ServiceTokenRequest(service: credential.service, secret: credential.secret)
        self.init(logger: logger) {
            try await peer.post("/v1/auth/service-token", json: request, as: TokenResponse.self, requestID: "service-token-\(credential.service)")
        }
    }

    /// `trade` is the exchange with the issuer (a closure so the renewal rules are tested without a network).
    public init(logger: Logger, trade: @escaping Trade) {
        self.trade = trade
        self.logger = logger
    }

    public func bearer() async throws -> String {
        if let current, ContinuousClock.now < current.renewAt { return current.token }
        if let inFlight { return try await inFlight.value }
        let task = Task { try await self.renew() }
        inFlight = task
        defer { inFlight = nil }
        return try await task.value
    }

    public func discard(_ token: String) {
        if current?.token == token { current = nil }
    }

    private func renew() async throws -> String {
        do {
            let answer = try await trade()
            let life = max(1, answer.expiresIn)
            current = (answer.accessToken, ContinuousClock.now + .seconds(life - max(1, life / 5)))
            return answer.accessToken
        } catch {
            logger.error("could not obtain this service's token from face-auth", metadata: ["error": "\(error)"])
            throw error
        }
    }
}
