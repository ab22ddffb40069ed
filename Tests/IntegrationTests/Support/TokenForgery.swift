import Contracts
import Foundation
import JWTKit
import ServiceKit
import Tokens

/// Builds the bad tokens a gateway must refuse: expired (signed with the real key read from
/// the database), signed by a stranger's key, and unsigned (`alg:none`).
struct TokenForgery {
    let cluster: TestCluster
    let settings = TokenSettings()
    let identity = Identity(userID: UUID().uuidString.lowercased(), username: "admin", role: .admin)

    func activeKey() throws -> (kid: String, pem: String) {
        let kid = try cluster.sql("SELECT kid FROM face_auth.signing_keys WHERE retired_at IS NULL")
        let pem = try cluster.sql("SELECT private_pem FROM face_auth.signing_keys WHERE kid = '\(kid)'")
        return (kid, pem)
    }

    func expired() async throws -> String {
        let key = try activeKey()
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: try ES256PrivateKey(pem: key.pem), kid: JWKIdentifier(string: key.kid))
        let claims = AccessClaims(identity: identity, settings: settings, issuedAt: Date().addingTimeInterval(-7200), lifetime: .seconds(60))
        return try await keys.sign(claims, kid: JWKIdentifier(string: key.kid))
    }

    func signedByStranger() async throws -> String {
        let kid = try activeKey().kid
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: ES256PrivateKey(), kid: JWKIdentifier(string: kid))
        return try await keys.sign(AccessClaims(identity: identity, settings: settings, issuedAt: Date()), kid: JWKIdentifier(string: kid))
    }

    func unsigned() throws -> String {
        let kid = try activeKey().kid
        let header = try JSONSerialization.data(withJSONObject: ["alg": "none", "typ": "JWT", "kid": kid])
        let payload = try JSONEncoder().encode(AccessClaims(identity: identity, settings: settings, issuedAt: Date()))
        return Self.base64URL(header) + "." + Self.base64URL(payload) + "."
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
