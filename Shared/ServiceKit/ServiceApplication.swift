import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import ServiceLifecycle

/// Builds the Hummingbird application every service runs: its router, the listen address from
/// ``ServiceConfig``, the background services (database pool, workers) and the steps that must
/// finish before the port opens (migrations). Graceful shutdown on SIGTERM/SIGINT finishes
/// in-flight requests, then stops the background services.
public enum ServiceApplication {
    public static func make(
        router: Router<ServiceRequestContext>, config: ServiceConfig, logger: Logger,
        services: [any Service] = [], beforeStart: [@Sendable () async throws -> Void] = []
    ) -> some ApplicationProtocol {
        var app = Application(
            router: router,
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: "periksa-\(config.name)"),
            services: services,
            logger: logger
        )
        for step in beforeStart { app.beforeServerStarts(perform: step) }
        return app
    }
}
