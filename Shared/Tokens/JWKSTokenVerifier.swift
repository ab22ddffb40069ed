import AsyncHTTPClient
import Contracts
import Foundation
import JWTKit
import Logging
import ServiceKit

/// Verifies tokens with the public keys face-auth publishes at `/.well-known/jwks.json`.
/// Invariants: keys are cached; a token with an unknown `kid` triggers one refetch (at most
/// one per `minimumRefetchInterval`, so forged kids cannot hammer face-auth); concurrent
/// requests share one refetch in flight rather than racing past it. While the keys cannot be
/// fetched, a token of a key not yet known is refused as 503 `not_ready` (try again), not as forged.
public actor JWKSTokenVerifier: TokenVerifier {
    private let jwksURL: String
    private let http: HTTPClient
    private let check: AccessTokenCheck
    private let logger: Logger
    private let minimumRefetchInterval: Duration
    private var keys = JWTKeyCollection()
    private var knownKids: Set<String> = []
    private var lastFetch: ContinuousClock.Instant?
    private var inFlight: Task<Void, Never>?
    private var keysUnavailable = false
    private let cache = VerifiedTokenCache()

    public init(jwksURL: String, http: HTTPClient, settings: TokenSettings, logger: Logger, minimumRefetchInterval: Duration = .seconds(2)) {
        self.jwksURL = jwksURL
        self.http = http
        self.check = AccessTokenCheck(settings: settings)
        self.logger = logger
        self.minimumRefetchInterval = minimumRefetchInterval
    }

    public nonisolated func verify(_ token: String) async throws(APIError) -> Identity {
        if let identity = cache.identity(for: token) { return identity }
        return try await verifyUncached(token)
    }

    private func verifyUncached(_ token: String) async throws(APIError) -> Identity {
        let kid = try check.keyID(of: token)
        if !knownKids.contains(kid) { await refresh() }
        guard knownKids.contains(kid) else {
            if keysUnavailable { throw APIError.notReady("the signing keys could not be fetched; try again") }
            throw APIError.unauthorized("the token was signed by an unknown key")
        }
        let claims = try await check.verifiedClaims(token, with: keys)
        cache.remember(token, identity: claims.identity, expires: claims.exp.value)
        return claims.identity
    }

    /// Whether the JWKS could be fetched (for `/readyz`).
    public func isReachable() async -> Bool {
        (try? await fetch()) != nil
    }

    private func refresh() async {
        if let inFlight { return await inFlight.value }
        let now = ContinuousClock.now
        if let lastFetch, now - lastFetch < minimumRefetchInterval { return }
        lastFetch = now
        let task = Task { await self.reload() }
        inFlight = task
        await task.value
        inFlight = nil
    }

    private func reload() async {
        do {
            let document = try await fetch()
            let collection = JWTKeyCollection()
            for key in document.keys {
                let publicKey = try ES256PublicKey(parameters: (x: key.x, y: key.y))
                await collection.add(ecdsa: publicKey, kid: JWKIdentifier(string: key.kid))
            }
            keys = collection
            knownKids = Set(document.keys.map(\.kid))
            keysUnavailable = false
            logger.info("jwks refreshed", metadata: ["keys": "\(document.keys.count)"])
        } catch {
            keysUnavailable = true
            logger.warning("jwks fetch failed", metadata: ["error_type": "\(type(of: error))"])
        }
    }

    private func fetch() async throws -> JWKSDocument {
        var request = HTTPClientRequest(url: jwksURL)
        request.method = .GET
        let response = try await http.execute(request, timeout: .seconds(3))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .ok else { throw APIError.notReady("jwks unavailable") }
        return try JSONDecoder().decode(JWKSDocument.self, from: Data(buffer: body))
    }
}
