import Contracts
import FaceAuthService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceKit
import Tokens

/// face-auth's router over in-memory stores, as `buildApplication` wires it minus PostgreSQL.
struct RouteHarness {
    let users = InMemoryUserStore()
    let keys: KeyRing
    let settings = TokenSettings(issuer: "face-auth-test", audience: "periksa-test", lifetime: .seconds(900))
    let hasher = PasswordHasher(cost: 4)
    let failuresAllowed = 3

    init() {
        keys = KeyRing(store: InMemorySigningKeyStore(), settings: settings)
    }

    func addUser(_ username: String, password: String, role: Role) async throws {
        let hash = try await hasher.hash(password)
        try await users.create(UserRecord(id: UUID(), username: username, passwordHash: hash, role: role, fullName: username.capitalized))
    }

    func token(role: Role) async throws -> String {
        try await keys.sign(AccessClaims(identity: Identity(userID: UUID().uuidString, username: "\(role)", role: role), settings: settings, issuedAt: Date()))
    }

    func test(_ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
        router.add(middleware: BearerAuthMiddleware(verifier: keys))
        AuthController(
            users: users, keys: keys, hasher: hasher, throttle: LoginThrottle(allowed: failuresAllowed), settings: settings,
            decoyHash: try await hasher.hash("decoy-password-value")
        ).addRoutes(to: router)
        UserController(users: users, hasher: hasher).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }
}

/// JSON bodies and headers for requests, and decoding of responses.
enum Wire {
    static func json(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    static func headers(token: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let token { fields[.authorization] = "Bearer \(token)" }
        return fields
    }

    static func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: response.body))
    }

    /// The object of a JSON response, for checking exact field names.
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }
}
