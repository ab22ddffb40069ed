import Contracts
import Foundation
import JWTKit
import ServiceKit
import Tokens

/// Signs access tokens with a fresh ES256 key and hand-builds the malformed ones a verifier
/// must refuse.
struct TokenFixtures {
    let settings = TokenSettings(issuer: "test-issuer", audience: "test-audience", lifetime: .seconds(600))
    let kid = "key-1"
    let identity = Identity(userID: "user-1", username: "alice", role: .operator)
    let signingKey = ES256PrivateKey()
    let keys = JWTKeyCollection()

    /// The verifier's keys: only the public half of `signingKey`, under `kid`.
    func verifierKeys() async -> JWTKeyCollection {
        await keys.add(ecdsa: signingKey.publicKey, kid: JWKIdentifier(string: kid))
        return keys
    }

    func claims(settings: TokenSettings? = nil, issuedAt: Date = Date(), lifetime: Duration? = nil) -> AccessClaims {
        AccessClaims(identity: identity, settings: settings ?? self.settings, issuedAt: issuedAt, lifetime: lifetime)
    }

    /// `claims` signed with `key` (default: the trusted key) under `kid`.
    func sign(_ claims: AccessClaims, with key: ES256PrivateKey? = nil, kid: String? = nil) async throws -> String {
        let collection = JWTKeyCollection()
        let kid = JWKIdentifier(string: kid ?? self.kid)
        await collection.add(ecdsa: key ?? signingKey, kid: kid)
        return try await collection.sign(claims, kid: kid)
    }

    /// A compact token with the given header object, the claims as payload and `signature`.
    func handBuilt(header: [String: String], claims: AccessClaims, signature: String = "") throws -> String {
        let headerData = try JSONSerialization.data(withJSONObject: header)
        let payload = try JSONEncoder().encode(claims)
        return Self.base64URL(headerData) + "." + Self.base64URL(payload) + "." + signature
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Runs the full check a verifier makes (header, then signature and claims), like `KeyRing`
/// and `JWKSTokenVerifier` do.
func checkToken(_ token: String, fixtures: TokenFixtures) async throws(APIError) -> Identity {
    let check = AccessTokenCheck(settings: fixtures.settings)
    _ = try check.keyID(of: token)
    return try await check.verify(token, with: await fixtures.verifierKeys())
}

/// The APIError thrown by `body`, or nil when it succeeded.
func apiError(_ body: () async throws(APIError) -> Identity) async -> APIError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}
