import Contracts
import Foundation
import Hummingbird
import ServiceKit
import Tokens

/// `POST /v1/auth/face-login`: multipart `username` + `image` → a JWT when the face matches the
/// user's enrolled templates (1:1 threshold). Throttled per username against guessing; admins
/// and kiosks cannot log in by face.
public struct FaceLoginController: Sendable {
    let users: any UserStore
    let reader: any FaceReading
    let recognition: FaceRecognition
    let keys: KeyRing
    let settings: TokenSettings
    let throttle: LoginThrottle

    public init(users: any UserStore, reader: any FaceReading, recognition: FaceRecognition, keys: KeyRing, settings: TokenSettings, throttle: LoginThrottle) {
        self.users = users
        self.reader = reader
        self.recognition = recognition
        self.keys = keys
        self.settings = settings
        self.throttle = throttle
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/auth/face-login") { request, context in try await login(request, context) }
    }

    func login(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let upload = try await FaceUpload.read(request)
        guard let username = upload.form?.text("username")?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(), !username.isEmpty else {
            throw APIError.badRequest("the form needs a `username` field", code: .missingField)
        }
        if await throttle.isBlocked(username) { throw APIError(.tooManyRequests, .rateLimited, "too many failed face logins; try again later") }
        let sample = try await reader.read(upload.images[0].bytes)
        guard let user = try await users.find(username: username), user.role != .admin, user.role != .kiosk,
              try await matches(user, sample) else {
            await throttle.recordFailure(username)
            throw APIError.unauthorized("the face does not match that user")
        }
        await throttle.recordSuccess(username)
        let identity = Identity(userID: user.id.uuidString.lowercased(), username: user.username, role: user.role)
        let token = try await keys.sign(AccessClaims(identity: identity, settings: settings, issuedAt: Date()))
        return try Response.json(TokenResponse(accessToken: token, expiresIn: Int(settings.lifetime.components.seconds)))
    }

    /// Whether the face matches the user; a user without templates simply does not match.
    func matches(_ user: UserRecord, _ sample: FaceSample) async throws -> Bool {
        do {
            return try await recognition.verify(userID: user.id, sample: sample).match
        } catch let error as APIError where error.code == .notEnrolled {
            return false
        }
    }
}
