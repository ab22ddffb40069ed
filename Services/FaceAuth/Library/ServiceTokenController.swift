import Contracts
import Foundation
import Hummingbird
import ServiceKit
import Tokens

/// `POST /v1/auth/service-token` (internal; the gateway does not route it): a Periksa service
/// trades its secret (its own or the deployment's shared one, ``ServiceSecrets``) for a
/// short-lived token with role `service`, so its calls to peers are authenticated. Invariants:
/// secrets are compared in constant time by digest and never logged; a service with no secret is
/// refused like a wrong one; failed trades are throttled per service name.
public struct ServiceTokenController: Sendable {
    let shared: SecretDigest?
    let perService: [String: SecretDigest]
    let keys: KeyRing
    let settings: TokenSettings
    let lifetime: Duration
    let throttle: LoginThrottle

    public init(secrets: ServiceSecrets, keys: KeyRing, settings: TokenSettings, lifetime: Duration = .seconds(600), throttle: LoginThrottle) {
        self.shared = secrets.shared.map { SecretDigest(of: $0) }
        self.perService = secrets.perService.mapValues { SecretDigest(of: $0) }
        self.keys = keys
        self.settings = settings
        self.lifetime = lifetime
        self.throttle = throttle
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/auth/service-token") { request, context in try await token(request, context) }
    }

    func token(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let body = try await request.decodeJSON(ServiceTokenRequest.self, limit: 4 * 1024)
        guard (1...32).contains(body.service.count), body.service.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) else {
            throw APIError.badRequest("service must be 1–32 characters of a–z or '-'", code: .invalidField)
        }
        let key = "service:" + body.service
        if await throttle.isBlocked(key) { throw APIError(.tooManyRequests, .rateLimited, "too many failed attempts; try again later") }
        let expected = perService[body.service] ?? shared
        guard let expected, SecretDigest(of: body.secret).matches(expected) else {
            await throttle.recordFailure(key)
            context.logger.warning("service token refused: wrong secret", metadata: ["service": "\(body.service)"])
            throw APIError.unauthorized("the service secret is not valid")
        }
        let identity = Identity(userID: key, username: body.service, role: .service)
        let token = try await keys.sign(AccessClaims(identity: identity, settings: settings, issuedAt: Date(), lifetime: lifetime))
        return try Response.json(TokenResponse(accessToken: token, expiresIn: Int(lifetime.components.seconds)))
    }
}
