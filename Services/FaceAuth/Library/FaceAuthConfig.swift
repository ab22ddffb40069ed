import ServiceKit
import Tokens

/// face-auth's settings. Invariants: there is no built-in admin password; without
/// `PERIKSA_ADMIN_PASSWORD` the first start generates one and prints it once. Without a
/// `PERIKSA_SERVICE_SECRET` or a `PERIKSA_SERVICE_SECRET_<NAME>` (at least 32 characters each)
/// no service token is ever issued.
public struct FaceAuthConfig: Sendable {
    public var service: ServiceConfig
    public var tokens: TokenSettings
    public var adminPassword: String?
    public var serviceSecrets: ServiceSecrets
    public var bcryptCost: Int
    public var loginFailuresAllowed: Int
    public var faces = FaceSettings()

    public init(service: ServiceConfig, tokens: TokenSettings = TokenSettings(), adminPassword: String? = nil, serviceSecrets: ServiceSecrets, bcryptCost: Int = 10, loginFailuresAllowed: Int = 5) {
        self.service = service
        self.tokens = tokens
        self.adminPassword = adminPassword
        self.serviceSecrets = serviceSecrets
        self.bcryptCost = bcryptCost
        self.loginFailuresAllowed = loginFailuresAllowed
    }

    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        self.init(
            service: try ServiceConfig(name: "face-auth", defaultPort: 8084, environment: environment),
            tokens: try TokenSettings(environment: environment),
            adminPassword: environment.string("PERIKSA_ADMIN_PASSWORD"),
            serviceSecrets: try ServiceSecrets(environment: environment),
            bcryptCost: try environment.int("BCRYPT_COST", default: 10),
            loginFailuresAllowed: try environment.int("LOGIN_FAILURES_ALLOWED", default: 5)
        )
        faces = try FaceSettings(environment: environment)
    }
}
