import Hummingbird
import ServiceKit

/// Wires the ocr service. For now it serves only /healthz, /readyz and /metrics: it reads documents (Tesseract + Leptonica) — KTP and KHS parsers arrive with their issues.
public func buildApplication(_ config: ServiceConfig) async throws -> some ApplicationProtocol {
    let logger = config.makeLogger()
    let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: config.name))
    return ServiceApplication.make(router: router, config: config, logger: logger)
}
