import Contracts
import JWTKit
import ServiceKit

/// Turns a bearer token into the caller's ``Identity`` or a 401. Implemented over a JWKS
/// fetched from face-auth (gateway, services) or over face-auth's own keys.
public protocol TokenVerifier: Sendable {
    func verify(_ token: String) async throws(APIError) -> Identity
}

/// The checks every verifier makes, whatever the key source: ES256 only (so `alg:none` and
/// HS256-with-public-key tricks fail), a `kid` we know, a valid signature, our issuer and
/// audience, not expired.
public struct AccessTokenCheck: Sendable {
    public let settings: TokenSettings

    public init(settings: TokenSettings) {
        self.settings = settings
    }

    /// The token's `kid` when its header is well-formed and names ES256; else 401.
    public func keyID(of token: String) throws(APIError) -> String {
        guard let header = try? TokenHeader(token: token) else { throw APIError.unauthorized("the token is malformed") }
        guard header.alg == "ES256" else { throw APIError.unauthorized("the token's algorithm is not accepted") }
        guard let kid = header.kid, !kid.isEmpty else { throw APIError.unauthorized("the token names no key") }
        return kid
    }

    public func verify(_ token: String, with keys: JWTKeyCollection) async throws(APIError) -> Identity {
        try await verifiedClaims(token, with: keys).identity
    }

    /// The token's claims after every check has passed.
    public func verifiedClaims(_ token: String, with keys: JWTKeyCollection) async throws(APIError) -> AccessClaims {
        let claims: AccessClaims
        do {
            claims = try await keys.verify(token, as: AccessClaims.self)
        } catch let error as JWTError where error.errorType == .claimVerificationFailure {
            throw APIError.unauthorized("the token has expired")
        } catch {
            throw APIError.unauthorized("the token is not valid")
        }
        guard claims.iss.value == settings.issuer else { throw APIError.unauthorized("the token has the wrong issuer") }
        guard claims.aud.value.contains(settings.audience) else { throw APIError.unauthorized("the token has the wrong audience") }
        return claims
    }
}
