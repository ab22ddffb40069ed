import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit
import Tokens

/// Wires the gateway: upstream pools, JWKS verification, the route table, and readiness that
/// asks every upstream replica.
public func buildApplication(_ config: GatewayConfig) async throws -> some ApplicationProtocol {
    let logger = config.service.makeLogger()
    let httpService = HTTPClientService()
    let http = httpService.client
    var pools: [UpstreamName: UpstreamPool] = [:]
    for (name, urls) in config.upstreams { pools[name] = UpstreamPool(urls: urls) }
    let verifier = JWKSTokenVerifier(jwksURL: config.jwksURL, http: http, settings: config.tokens, logger: logger)

    var checks: [ReadinessCheck] = [ReadinessCheck(name: "jwks") { await verifier.isReachable() }]
    for (name, urls) in config.upstreams.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        for url in urls { checks.append(.upstream(name: "\(name.rawValue) \(url)", url: url, http: http)) }
    }
    let metrics = RequestMetrics(service: config.service.name)
    let router = ServiceRouter.make(checks: checks, metrics: metrics)
    GatewayController(routes: config.routes, proxy: UpstreamProxy(http: http, pools: pools), verifier: verifier).addRoutes(to: router)
    return ServiceApplication.make(router: router, config: config.service, logger: logger, services: [httpService])
}
