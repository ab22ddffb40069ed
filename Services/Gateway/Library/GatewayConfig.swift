import ServiceKit
import Tokens

/// The gateway's settings: the public port, each upstream's replicas and where the JWKS is.
/// Invariant: every upstream has at least one URL (start-up fails otherwise).
public struct GatewayConfig: Sendable {
    public var service: ServiceConfig
    public var upstreams: [UpstreamName: [String]]
    public var jwksURL: String
    public var tokens: TokenSettings
    public var routes: [GatewayRoute]

    public init(service: ServiceConfig, upstreams: [UpstreamName: [String]], jwksURL: String, tokens: TokenSettings = TokenSettings(), routes: [GatewayRoute] = RouteTable.standard) {
        self.service = service
        self.upstreams = upstreams
        self.jwksURL = jwksURL
        self.tokens = tokens
        self.routes = routes
    }

    /// Reads `UPSTREAM_INGEST`, `UPSTREAM_OCR`, `UPSTREAM_NER`, `UPSTREAM_FACE_AUTH`,
    /// `UPSTREAM_REGION` (comma-separated base URLs) and `JWKS_URL`.
    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        var upstreams: [UpstreamName: [String]] = [:]
        for name in UpstreamName.allCases {
            let urls = environment.list(name.environmentKey)
            guard !urls.isEmpty else { throw ConfigurationError(variable: name.environmentKey, reason: "needs at least one URL") }
            upstreams[name] = urls
        }
        let faceAuth = upstreams[.faceAuth]?.first ?? ""
        self.init(
            service: try ServiceConfig(name: "gateway", defaultPort: 8080, environment: environment),
            upstreams: upstreams,
            jwksURL: environment.string("JWKS_URL", default: faceAuth + "/.well-known/jwks.json"),
            tokens: try TokenSettings(environment: environment)
        )
    }
}
