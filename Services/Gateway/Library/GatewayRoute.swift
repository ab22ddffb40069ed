import Contracts
import HTTPTypes

/// The services behind the gateway.
public enum UpstreamName: String, Sendable, CaseIterable {
    case ingest, ocr, ner, region
    case faceAuth = "face-auth"

    /// The environment variable holding this upstream's base URLs.
    public var environmentKey: String { "UPSTREAM_" + rawValue.uppercased().replacingOccurrences(of: "-", with: "_") }
}

/// One public route: where it goes, who may call it, how big its body may be and how long the
/// upstream may take. Invariant: `roles == nil` means public; otherwise a verified token with
/// one of `roles` is required.
public struct GatewayRoute: Sendable {
    public var method: HTTPRequest.Method
    public var path: String
    public var upstream: UpstreamName
    public var roles: Set<Role>?
    public var bodyLimit: Int
    public var timeout: Duration

    public init(_ method: HTTPRequest.Method, _ path: String, to upstream: UpstreamName, roles: Set<Role>?, bodyLimit: Int = 64 * 1024, timeout: Duration = .seconds(30)) {
        self.method = method
        self.path = path
        self.upstream = upstream
        self.roles = roles
        self.bodyLimit = bodyLimit
        self.timeout = timeout
    }

    /// GET and HEAD may be retried on another replica after a failure.
    public var isIdempotent: Bool { method == .get || method == .head }
}
