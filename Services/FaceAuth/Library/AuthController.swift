import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit
import Tokens

/// Login, the public keys, and key rotation.
public struct AuthController: Sendable {
    let users: any UserStore
    let keys: KeyRing
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let settings: TokenSettings
    /// A real bcrypt hash to check against when the username is unknown, so timing does not
    /// tell which usernames exist.
    let decoyHash: String

    public init(users: any UserStore, keys: KeyRing, hasher: PasswordHasher, throttle: LoginThrottle, settings: TokenSettings, decoyHash: String) {
        self.users = users
        self.keys = keys
        self.hasher = hasher
        self.throttle = throttle
        self.settings = settings
        self.decoyHash = decoyHash
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/auth/login") { request, context in try await login(request, context) }
        router.get("/.well-known/jwks.json") { _, _ in try Response.json(try await keys.jwks()) }
        router.post("/v1/auth/keys/rotate") { _, context in
            try context.require([.admin])
            let rotation = try await keys.rotate()
            context.logger.notice("signing key rotated", metadata: ["kid": "\(rotation.kid)"])
            return try Response.json(rotation)
        }
    }

    func login(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let body = try await request.decodeJSON(LoginRequest.self, limit: 16 * 1024)
        let username = body.username.lowercased()
        if await throttle.isBlocked(username) {
            throw APIError(.tooManyRequests, .rateLimited, "too many failed logins; try again later")
        }
        let user = try await users.find(username: username)
        let matches = try await hasher.verify(body.password, against: user?.passwordHash ?? decoyHash)
        guard let user, matches else {
            await throttle.recordFailure(username)
            throw APIError.unauthorized("wrong username or password")
        }
        await throttle.recordSuccess(username)
        let identity = Identity(userID: user.id.uuidString.lowercased(), username: user.username, role: user.role)
        let token = try await keys.sign(AccessClaims(identity: identity, settings: settings, issuedAt: Date()))
        return try Response.json(TokenResponse(accessToken: token, expiresIn: Int(settings.lifetime.components.seconds)))
    }
}
