import HTTPTypes
import Hummingbird
import NIOCore

/// A router with the middleware every service shares, outermost first: request id, error
/// envelope, metrics; plus health and metrics routes.
public enum ServiceRouter {
    public static func make(checks: [ReadinessCheck], metrics: RequestMetrics) -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: ErrorEnvelopeMiddleware())
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        HealthRoutes(checks: checks, metrics: metrics).addRoutes(to: router)
        return router
    }
}
