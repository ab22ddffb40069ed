import Hummingbird
import ServiceKit

/// Wires the ner service. For now it serves only /healthz, /readyz and /metrics: it finds entities in decree text — the trained model arrives with its issue.
public func buildApplication(_ config: ServiceConfig) async throws -> some ApplicationProtocol {
    let logger = config.makeLogger()
    let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: config.name))
    return ServiceApplication.make(router: router, config: config, logger: logger)
}
