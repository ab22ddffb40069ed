import AsyncHTTPClient
import Logging
import ServiceKit

/// How an internal service checks who calls it (tokens verified against face-auth's JWKS) and,
/// when it calls peers itself, how it proves who it is (its ``ServiceCredential``).
/// Invariant: a service that calls peers always has a credential, so no internal call goes out
/// without a token.
public struct ServiceAuthSettings: Sendable {
    public var tokens: TokenSettings
    public var jwksURL: String
    public var credential: ServiceCredential?

    public init(tokens: TokenSettings = TokenSettings(), jwksURL: String, credential: ServiceCredential?) {
        self.tokens = tokens
        self.jwksURL = jwksURL
        self.credential = credential
    }

    /// Reads `JWT_ISSUER`, `JWT_AUDIENCE`, `JWT_TTL_SECONDS`, `JWKS_URL` and, when the service
    /// `callsPeers`, `PERIKSA_SERVICE_SECRET` and `PEER_FACE_AUTH_URL`.
    public init(service: String, callsPeers: Bool, environment: ServiceEnvironment) throws(ConfigurationError) {
        self.init(
            tokens: try TokenSettings(environment: environment),
            jwksURL: try environment.required("JWKS_URL"),
            credential: callsPeers ? try ServiceCredential(service: service, environment: environment) : nil
        )
    }

    public func verifier(http: HTTPClient, logger: Logger) -> JWKSTokenVerifier {
        JWKSTokenVerifier(jwksURL: jwksURL, http: http, settings: tokens, logger: logger)
    }

    /// The token source for calls to peers, or nil for a service that calls none.
    public func credentials(http: HTTPClient, logger: Logger) -> ServiceTokenSource? {
        credential.map { ServiceTokenSource(credential: $0, peer: PeerClient(http: http, baseURL: $0.issuerURL, timeout: .seconds(10)), logger: logger) }
    }
}
