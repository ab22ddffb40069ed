import Foundation
import ServiceKit

/// Issuer, audience and lifetime shared by the token issuer and every verifier.
public struct TokenSettings: Sendable {
    public var issuer: String
    public var audience: String
    public var lifetime: Duration

    public init(issuer: String = "periksa-face-auth", audience: String = "periksa", lifetime: Duration = .seconds(3600)) {
        self.issuer = issuer
        self.audience = audience
        self.lifetime = lifetime
    }

    /// Reads `JWT_ISSUER`, `JWT_AUDIENCE` and `JWT_TTL_SECONDS`.
    public init(environment: ServiceEnvironment) throws(ConfigurationError) {
        self.init(
            issuer: environment.string("JWT_ISSUER", default: "periksa-face-auth"),
            audience: environment.string("JWT_AUDIENCE", default: "periksa"),
            lifetime: .seconds(try environment.int("JWT_TTL_SECONDS", default: 3600))
        )
    }
}
