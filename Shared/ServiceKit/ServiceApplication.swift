import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import ServiceLifecycle

/// Builds the Hummingbird application every service runs: its router, the listen address from
/// ``ServiceConfig``, the background services (database pool, workers), the steps that must
/// finish before the port opens (migrations) and the slow ones run once it is open (`warmUp`,
/// see ``ServiceWarmUp``; readiness checks say when they are done). Graceful shutdown on
/// SIGTERM/SIGINT finishes in-flight requests, then stops the background services.
public enum ServiceApplication {
    public static func make(
        router: Router<ServiceRequestContext>, config: ServiceConfig, logger: Logger,
        services: [any Service] = [], beforeStart: [@Sendable () async throws -> Void] = [],
        warmUp: [@Sendable () async throws -> Void] = []
    ) -> some ApplicationProtocol {
        let services = warmUp.isEmpty ? services : services + [ServiceWarmUp(steps: warmUp, logger: logger)]
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
