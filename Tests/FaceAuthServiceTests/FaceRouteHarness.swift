import Contracts
@testable import FaceAuthService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceKit
import Synchronization
import Testing
import Tokens

/// face-auth's face routes over in-memory stores and the fake reader, with a settable clock.
struct FaceRouteHarness {
    let auth = RouteHarness()
    let templates = InMemoryFaceTemplateStore()
    let attendance = InMemoryAttendanceStore()
    let kiosks = InMemoryKioskStore()
    let clock = TestClock()
    let rules = AttendanceRules(repeatWindow: .seconds(120))

    /// Creates a user known to both the user store and the template store; returns its id.
    func addUser(_ username: String, role: Role) async throws -> UUID {
        try await auth.addUser(username, password: "password-\(username)", role: role)
        let id = try #require(try await auth.users.find(username: username)).id
        await templates.addUser(id)
        return id
    }

    /// Enrolls one photo of `person` as `user`'s face, as an admin.
    func enroll(_ client: any TestClientProtocol, _ user: UUID, person: Int) async throws -> TestResponse {
        let admin = try await auth.token(role: .admin)
        return try await client.execute(uri: "/v1/faces/enroll", method: .post, headers: Form.headers(token: admin),
                                        body: Form.body(fields: ["user_id": user.uuidString], images: [Faces.photo(person: person)]))
    }

    func advance(seconds: Double) { clock.now.withLock { $0 = $0.addingTimeInterval(seconds) } }

    func test(_ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "t"))
        router.add(middleware: BearerAuthMiddleware(verifier: auth.keys))
        let reader = FakeFaceReader()
        let recognition = FaceRecognition(store: templates, index: FaceIndex(store: templates), thresholds: FaceThresholds(verify: 0.5, identify: 0.4))
        let clock = self.clock
        FaceController(reader: reader, recognition: recognition).addRoutes(to: router)
        AttendanceController(reader: reader, recognition: recognition, attendance: attendance, seen: attendance, rules: rules,
                             clock: { clock.now.withLock { $0 } }).addRoutes(to: router)
        KioskController(kiosks: kiosks, keys: auth.keys, settings: auth.settings, lifetime: .seconds(300),
                        throttle: LoginThrottle(allowed: 3)).addRoutes(to: router)
        FaceLoginController(users: auth.users, reader: reader, recognition: recognition, keys: auth.keys, settings: auth.settings,
                            throttle: LoginThrottle(allowed: 3)).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }
}

/// A settable clock shared by a test and the routes (starts 2025-11-23 10:00 WIB).
final class TestClock: Sendable {
    let now = Mutex(Date(timeIntervalSince1970: 1_763_866_800))
}

/// Multipart bodies for the face routes.
enum Form {
    static let boundary = "face-test-boundary"

    static func body(fields: [String: String] = [:], images: [[UInt8]]) -> ByteBuffer {
        var body = MultipartBody(boundary: boundary)
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) { body.field(name, value) }
        for image in images { body.part("image", filename: "face.jpg", contentType: "image/jpeg", image) }
        return body.closed()
    }

    static func headers(token: String?) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let token { fields[.authorization] = "Bearer \(token)" }
        return fields
    }
}
