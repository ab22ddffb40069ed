import ServiceKit

/// The secrets face-auth accepts from Periksa services: one per service where the deployment
/// sets `PERIKSA_SERVICE_SECRET_<NAME>` (so one service's secret can be revoked or rotated
/// alone), else the deployment's shared `PERIKSA_SERVICE_SECRET`. Invariant: every secret held
/// has at least ``ServiceCredential/minimumSecretLength`` characters; a service's own secret
/// replaces the shared one for it, so once set the shared one no longer works for that service.
public struct ServiceSecrets: Sendable {
    public static let sharedVariable = "PERIKSA_SERVICE_SECRET"

    public var shared: String?
    public var perService: [String: String]

    public init(shared: String? = nil, perService: [String: String] = [:]) throws(ConfigurationError) {
        for (service, secret) in perService where secret.count < ServiceCredential.minimumSecretLength {
            throw ConfigurationError(variable: Self.variable(for: service), reason: "must have at least \(ServiceCredential.minimumSecretLength) characters")
        }
        if let shared, shared.count < ServiceCredential.minimumSecretLength {
            throw ConfigurationError(variable: Self.sharedVariable, reason: "must have at least \(ServiceCredential.minimumSecretLength) characters")
        }
        self.shared = shared
        self.perService = perService
    }

    /// Reads `PERIKSA_SERVICE_SECRET` and every `PERIKSA_SERVICE_SECRET_<NAME>`.
    public init(environment: ServiceEnvironment) throws(ConfigurationError) {
        var perService: [String: String] = [:]
        for name in environment.values.keys where name.hasPrefix(Self.sharedVariable + "_") {
            guard let secret = environment.string(name) else { continue }
            perService[String(name.dropFirst(Self.sharedVariable.count + 1)).lowercased().replacingOccurrences(of: "_", with: "-")] = secret
        }
        try self.init(shared: environment.string(Self.sharedVariable), perService: perService)
    }

    /// True when no service can be given a token.
    public var isEmpty: Bool { shared == nil && perService.isEmpty }

    /// The secret `service` must present, or nil when it has none.
    public func secret(for service: String) -> String? { perService[service] ?? shared }

    /// The variable that holds `service`'s own secret: `ingest` → `PERIKSA_SERVICE_SECRET_INGEST`.
    public static func variable(for service: String) -> String {
        sharedVariable + "_" + service.uppercased().replacingOccurrences(of: "-", with: "_")
    }
}
