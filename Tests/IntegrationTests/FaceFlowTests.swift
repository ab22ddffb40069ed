import Contracts
import Foundation
import Testing

/// Faces and kiosk attendance through the gateway on the real photos of the face_recognition
/// 1.3.0 sdist (fetched into var/ by deploy/local/faces.sh): bad photos store nothing, enroll,
/// duplicate refused, verify, identify, kiosk check-in/out, replay and wrong/expired tokens refused,
/// a person's templates erased.
@Suite(.enabled(if: TestEnvironment.available && FacePhotoFiles.available), .serialized)
struct FaceFlowTests {
    static func photo(_ name: String) throws -> Data { try Data(contentsOf: FacePhotoFiles.directory.appendingPathComponent(name)) }

    @Test func enrollVerifyIdentifyAndCheckInThroughTheGateway() async throws {
        let overrides = ["face-auth": ["ATTENDANCE_REPEAT_WINDOW_SECONDS": "30", "KIOSK_TOKEN_TTL_SECONDS": "4"]]
        try await withCluster("faces", overrides: overrides) { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            func user(_ name: String) async throws -> String {
                let created = try await client.post("/v1/users", json: CreateUserRequest(username: name, password: "password-\(name)", role: .employee, fullName: name), token: admin)
                return try created.decode(UserResponse.self).id
            }
            let (ayu, budi) = (try await user("ayu"), try await user("budi"))
            let enroll = { (id: String, images: [Data]) in
                try await client.post("/v1/faces/enroll", form: [.text("user_id", id)] + images.map { .file("image", $0, contentType: "image/jpeg") }, token: admin)
            }

            var huge = TestFiles.png(width: 2, height: 2)
            huge.replaceSubrange(16..<24, with: [0, 0, 0x9C, 0x40, 0, 0, 0x9C, 0x40])
            let obama = try Self.photo("obama.jpg")
            let bad: [(Data, Int, String)] = [
                (TestFiles.png(width: 300, height: 300), 422, "no_face"),
                (obama.prefix(obama.count / 2), 422, "corrupt_image"),
                (TestFiles.png(width: 1, height: 1), 422, "image_too_small"),
                (huge, 422, "image_too_large"),
                (TestFiles.pdf(pages: 1), 415, "unsupported_media_type"),
            ]
            for (bytes, status, code) in bad {
                let response = try await enroll(ayu, [bytes])
                #expect(response.status == status, "\(code)")
                #expect(response.envelope?.error.code == code)
            }
            #expect(try cluster.sql("SELECT count(*) FROM face_auth.face_templates") == "0", "refused photos store nothing")

            #expect(try await enroll(ayu, [obama, try Self.photo("obama3.jpg")]).decode(FaceEnrollment.self).templates == 2)
            let duplicate = try await enroll(budi, [try Self.photo("obama2.jpg")])
            #expect(duplicate.status == 409)
            #expect(duplicate.envelope?.error.code == "likely_duplicate")
            #expect(try await enroll(budi, [try Self.photo("biden.jpg")]).decode(FaceEnrollment.self).templates == 1)

            let verify = { (id: String, name: String) in
                try await client.post("/v1/faces/verify", form: [.text("user_id", id), .file("image", try Self.photo(name), contentType: "image/jpeg")], token: admin)
                    .decode(FaceVerification.self)
            }
            #expect(try await verify(ayu, "obama2.jpg").match)
            #expect(try await !verify(ayu, "biden.jpg").match)
            let identify = { (name: String) in
                try await client.post("/v1/faces/identify", form: [.file("image", try Self.photo(name), contentType: "image/jpeg")], token: admin)
                    .decode(FaceIdentification.self)
            }
            #expect(try await identify("obama_partial_face2.jpg").userID == ayu)
            #expect(try await identify("biden.jpg").userID == budi)

            let kiosk = try await client.post("/v1/kiosks", json: KioskRegistrationRequest(name: "Lobby"), token: admin).decode(KioskRegistration.self)
            let kioskToken = { try await client.post("/v1/kiosks/token", json: KioskTokenRequest(credential: kiosk.credential)).decode(TokenResponse.self).accessToken }
            let checkIn = { (bytes: Data, token: String) in
                try await client.post("/v1/attendance/check-in", form: [.file("image", bytes, contentType: "image/jpeg")], token: token)
            }
            let employee = try await client.login("ayu", "password-ayu")
            #expect(try await checkIn(try Self.photo("obama2.jpg"), employee).status == 403, "a kiosk token is required")
            let first = try await checkIn(try Self.photo("obama2.jpg"), try await kioskToken())
            let firstAt = ContinuousClock.now  // after the answer: the event's own time is no later
            #expect(try first.decode(CheckInResult.self).event == .checkIn)
            let replay = try await checkIn(try Self.photo("obama2.jpg"), try await kioskToken())
            #expect(replay.status == 409)
            #expect(replay.envelope?.error.code == "replayed_image")
            let repeated = try await checkIn(try Self.photo("32bit.png"), try await kioskToken()).decode(CheckInResult.self)
            #expect(repeated.event == .checkIn && !repeated.recorded)
            let expiring = try await kioskToken()
            let expiringAt = ContinuousClock.now
            // 30 s: the replay and the repeat above take several seconds each on a loaded CI machine (an 8 s
            // window was outlasted once, turning the repeat into a check-out).
            try await Task.sleep(until: firstAt + .seconds(31), clock: .continuous)  // past the repeat window
            let out = try await checkIn(try Self.photo("obama_partial_face2.jpg"), try await kioskToken()).decode(CheckInResult.self)
            #expect(out.event == .checkOut && out.recorded && out.userID == ayu)

            let list = try await client.get("/v1/attendance?user_id=\(ayu)", token: admin).decode(AttendanceList.self)
            #expect(list.records.map(\.event) == [.checkIn, .checkOut])
            #expect(try await client.get("/v1/attendance", token: employee).status == 403)
            #expect(try cluster.sql("SELECT count(*) FROM face_auth.attendance") == "2")

            let login = try await client.post("/v1/auth/face-login", form: [.text("username", "ayu"), .file("image", try Self.photo("obama3.jpg"), contentType: "image/jpeg")])
            #expect(login.status == 200)
            #expect(try await client.post("/v1/auth/face-login", form: [.text("username", "budi"), .file("image", obama, contentType: "image/jpeg")]).status == 401)

            try await Task.sleep(until: expiringAt + .seconds(5), clock: .continuous)  // past the 4 s kiosk token lifetime
            #expect(try await checkIn(try Self.photo("obama.jpg"), expiring).status == 401, "an expired kiosk token is refused")

            // Consent withdrawn: the templates go, identification forgets ayu, attendance stays.
            let erased = try await client.send("/v1/faces/\(ayu)", method: .DELETE, body: nil, contentType: nil, token: admin)
            #expect(try erased.decode(FaceErasureResult.self).templatesErased == 2)
            #expect(try await identify("obama_partial_face2.jpg").userID == nil)
            #expect(try await identify("biden.jpg").userID == budi)
            #expect(try cluster.sql("SELECT count(*) FROM face_auth.face_templates WHERE user_id = '\(ayu)'") == "0")
            #expect(try cluster.sql("SELECT count(*) FROM face_auth.attendance") == "2")
        }
    }
}

/// Where deploy/local/faces.sh put the face_recognition 1.3.0 test photos (var/, never committed).
enum FacePhotoFiles {
    static let directory = ProcessInfo.processInfo.environment["PERIKSA_FACE_PHOTOS_DIR"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../var/faces/test_images").standardized
    static var available: Bool { FileManager.default.fileExists(atPath: directory.appendingPathComponent("obama.jpg").path) }
}
