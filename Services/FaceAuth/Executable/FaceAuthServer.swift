import FaceAuthService
import ServiceKit

/// face-auth: users, roles, login and the JWT signing keys.
@main
struct FaceAuthServer {
    static func main() async throws {
        let app = try await buildApplication(try FaceAuthConfig())
        try await app.runService()
    }
}
