import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import PostgresNIO
import ServiceKit
import Tokens

/// Wires face-auth: PostgreSQL stores, the key ring, auth and user routes.
public func buildApplication(_ config: FaceAuthConfig) async throws -> some ApplicationProtocol {
    let logger = config.service.makeLogger()
    guard let url = config.service.databaseURL else { throw ConfigurationError(variable: "DATABASE_URL", reason: "is required by face-auth") }
    let client = PostgresClient(configuration: try DatabaseURL(url).configuration, backgroundLogger: logger)
    let users = PostgresUserStore(client: client, logger: logger)
    let keys = KeyRing(store: PostgresSigningKeyStore(client: client, logger: logger), settings: config.tokens)
    let hasher = PasswordHasher(cost: config.bcryptCost)
    let metrics = RequestMetrics(service: config.service.name)

    let router = ServiceRouter.make(checks: [.database(client, logger: logger)], metrics: metrics)
    router.add(middleware: BearerAuthMiddleware(verifier: keys))
    AuthController(
        users: users, keys: keys, hasher: hasher, throttle: LoginThrottle(allowed: config.loginFailuresAllowed),
        settings: config.tokens, decoyHash: try await hasher.hash(FirstAdmin.randomPassword())
    ).addRoutes(to: router)
    UserController(users: users, hasher: hasher).addRoutes(to: router)
    if !config.serviceSecrets.isEmpty {
        ServiceTokenController(secrets: config.serviceSecrets, keys: keys, settings: config.tokens, throttle: LoginThrottle(allowed: config.loginFailuresAllowed)).addRoutes(to: router)
    } else {
        logger.warning("neither PERIKSA_SERVICE_SECRET nor any PERIKSA_SERVICE_SECRET_<NAME> is set: no service tokens, so ingest, ner and region cannot call their peers")
    }
    let faces = FaceRoutes(config: config, client: client, logger: logger, users: users, keys: keys)
    faces.addRoutes(to: router)

    return ServiceApplication.make(
        router: router, config: config.service, logger: logger, services: [client, faces.maintenance],
        beforeStart: [
            { try await FaceAuthMigrations.all.run(on: client, logger: logger) },
            { try await keys.load() },
            { try await FirstAdmin(users: users, hasher: hasher).ensure(password: config.adminPassword, logger: logger) },
        ]
    )
}
