import Contracts
import Foundation
import JWTKit
import ServiceKit
import Tokens

/// The signing keys in memory: signs with the active key, publishes the live ones as JWKS,
/// verifies face-auth's own protected routes. Invariant: reloads from the store when it meets
/// a `kid` it does not know, so a key rotated by another replica is picked up.
public actor KeyRing: TokenVerifier {
    private let store: any SigningKeyStore
    private let settings: TokenSettings
    private let check: AccessTokenCheck
    private var collection = JWTKeyCollection()
    private var activeKid: String?
    private var published: [PublicJWK] = []
    private var lastReload: ContinuousClock.Instant?

    public init(store: any SigningKeyStore, settings: TokenSettings) {
        self.store = store
        self.settings = settings
        self.check = AccessTokenCheck(settings: settings)
    }

    /// Loads the keys, creating the first one if the store has none.
    public func load() async throws {
        let active = try await store.activeKey(orCreate: { try Self.newKey() })
        let cutoff = Date().addingTimeInterval(-Double(settings.lifetime.components.seconds))
        let records = try await store.keys(retiredAfter: cutoff)
        let fresh = JWTKeyCollection()
        var jwks: [PublicJWK] = []
        for record in records {
            let key = try ES256PrivateKey(pem: record.privatePEM)
            await fresh.add(ecdsa: key, kid: JWKIdentifier(string: record.kid))
            if let parameters = key.parameters {
                jwks.append(PublicJWK(x: parameters.x, y: parameters.y, kid: record.kid))
            }
        }
        collection = fresh
        published = jwks
        activeKid = active.kid
        lastReload = .now
    }

    public func sign(_ claims: AccessClaims) async throws -> String {
        if activeKid == nil { try await load() }
        guard let kid = activeKid else { throw APIError.notReady("no signing key") }
        return try await collection.sign(claims, kid: JWKIdentifier(string: kid))
    }

    public func jwks() async throws -> JWKSDocument {
        if activeKid == nil { try await load() }
        return JWKSDocument(keys: published)
    }

    /// Makes a new active key; the old ones stay published until their tokens expire.
    public func rotate() async throws -> KeyRotationResponse {
        let next = try Self.newKey()
        let retired = try await store.rotate(to: next)
        try await load()
        return KeyRotationResponse(kid: next.kid, retiredKids: retired)
    }

    public func verify(_ token: String) async throws(APIError) -> Identity {
        let kid = try check.keyID(of: token)
        if !published.contains(where: { $0.kid == kid }), lastReload.map({ .now - $0 > .seconds(2) }) ?? true {
            do { try await load() } catch { throw APIError.notReady("signing keys unavailable") }
        }
        guard published.contains(where: { $0.kid == kid }) else { throw APIError.unauthorized("the token was signed by an unknown key") }
        return try await check.verify(token, with: collection)
    }

    static func newKey() throws -> SigningKeyRecord {
        let key = ES256PrivateKey()
        return SigningKeyRecord(kid: UUID().uuidString.lowercased(), privatePEM: key.pemRepresentation, createdAt: Date(), retiredAt: nil)
    }
}
