import Hummingbird
import ServiceKit

/// Wires the region service. For now it serves only /healthz, /readyz and /metrics: it classifies shipping destinations — the registry matcher arrives with its issue.
public func buildApplication(_ config: ServiceConfig) async throws -> some ApplicationProtocol {
    let logger = config.makeLogger()
    let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: config.name))
    return ServiceApplication.make(router: router, config: config, logger: logger)
}
