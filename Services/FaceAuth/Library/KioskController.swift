import Contracts
import Foundation
import Hummingbird
import ServiceKit
import Tokens

/// Kiosks: an admin registers one and sees its credential once (`POST /v1/kiosks`); the kiosk
/// trades it for a short-lived JWT with role `kiosk` (`POST /v1/kiosks/token`). Failed trades
/// are throttled per kiosk.
public struct KioskController: Sendable {
    let kiosks: any KioskStore
    let keys: KeyRing
    let settings: TokenSettings
    let lifetime: Duration
    let throttle: LoginThrottle

    public init(kiosks: any KioskStore, keys: KeyRing, settings: TokenSettings, lifetime: Duration, throttle: LoginThrottle) {
        self.kiosks = kiosks
        self.keys = keys
        self.settings = settings
        self.lifetime = lifetime
        self.throttle = throttle
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/kiosks") { request, context in try await register(request, context) }
        router.post("/v1/kiosks/token") { request, context in try await token(request, context) }
    }

    func register(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        try context.require([.admin])
        let body = try await request.decodeJSON(KioskRegistrationRequest.self, limit: 16 * 1024)
        let name = body.name.trimmingCharacters(in: .whitespaces)
        guard (1...100).contains(name.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw APIError.unprocessable(.invalidField, "name must be 1–100 printable characters")
        }
        let id = UUID()
        let credential = KioskCredential.make(for: id)
        try await kiosks.create(KioskRecord(id: id, name: name, secretHash: credential.secretHash))
        context.logger.notice("kiosk registered", metadata: ["kiosk": "\(id)"])
        return try Response.json(KioskRegistration(kioskID: id.uuidString.lowercased(), name: name, credential: credential.text), status: .created)
    }

    func token(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let body = try await request.decodeJSON(KioskTokenRequest.self, limit: 16 * 1024)
        guard let credential = KioskCredential(body.credential) else { throw APIError.unauthorized("the kiosk credential is not valid") }
        let key = "kiosk:" + credential.kioskID.uuidString
        if await throttle.isBlocked(key) { throw APIError(.tooManyRequests, .rateLimited, "too many failed attempts; try again later") }
        guard let kiosk = try await kiosks.find(id: credential.kioskID), !kiosk.disabled, credential.matches(kiosk.secretHash) else {
            await throttle.recordFailure(key)
            throw APIError.unauthorized("the kiosk credential is not valid")
        }
        let identity = Identity(userID: kiosk.id.uuidString.lowercased(), username: "kiosk", role: .kiosk)
        let token = try await keys.sign(AccessClaims(identity: identity, settings: settings, issuedAt: Date(), lifetime: lifetime))
        return try Response.json(TokenResponse(accessToken: token, expiresIn: Int(lifetime.components.seconds)))
    }
}
