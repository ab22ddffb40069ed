import ServiceKit

/// How a service proves to face-auth that it is part of this deployment: its name, its secret
/// (its own or the deployment's shared one, see ``ServiceSecrets``) and where face-auth is. Invariant: the secret has at least
/// 32 characters (generated, never typed), and it is never logged.
public struct ServiceCredential: Sendable {
    public static let minimumSecretLength = 32

    public var service: String
    public var secret: String
    public var issuerURL: String

    public init(service: String, secret: String, issuerURL: String) throws(ConfigurationError) {
        guard secret.count >= Self.minimumSecretLength else {
            throw ConfigurationError(variable: ServiceSecrets.variable(for: service) + " or " + ServiceSecrets.sharedVariable, reason: "must have at least \(Self.minimumSecretLength) characters")
        }
        self.service = service
        self.secret = secret
        self.issuerURL = issuerURL
    }

    /// Reads `PERIKSA_SERVICE_SECRET_<NAME>` (this service's own secret) or else
    /// `PERIKSA_SERVICE_SECRET`, and `PEER_FACE_AUTH_URL` (default: `JWKS_URL` without its
    /// `/.well-known/jwks.json`).
    public init(service: String, environment: ServiceEnvironment) throws(ConfigurationError) {
        let secret: String
        if let own = environment.string(ServiceSecrets.variable(for: service)) { secret = own } else { secret = try environment.required(ServiceSecrets.sharedVariable) }
        let suffix = "/.well-known/jwks.json"
        let derived = environment.string("JWKS_URL").flatMap { $0.hasSuffix(suffix) ? String($0.dropLast(suffix.count)) : nil }
        guard let issuer = environment.string("PEER_FACE_AUTH_URL") ?? derived else {
            throw ConfigurationError(variable: "PEER_FACE_AUTH_URL", reason: "is required (face-auth's base URL) when JWKS_URL does not end in \(suffix)")
        }
        try self.init(service: service, secret: secret, issuerURL: issuer)
    }
}
