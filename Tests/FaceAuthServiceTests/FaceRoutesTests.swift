import Contracts
import FaceAuthService
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ServiceKit
import Testing
import Tokens

/// The kiosk flow and attendance rules through face-auth's routes, with fakes for dlib and storage.
struct FaceRoutesTests {
    func kioskToken(_ harness: FaceRouteHarness, _ client: any TestClientProtocol) async throws -> String {
        let admin = try await harness.auth.token(role: .admin)
        let registered = try await client.execute(
            uri: "/v1/kiosks", method: .post, headers: Wire.headers(token: admin), body: try Wire.json(["name": "Lobby"]))
        #expect(registered.status == .created)
        let credential = try Wire.decode(KioskRegistration.self, registered).credential
        let wrong = try await client.execute(uri: "/v1/kiosks/token", method: .post, headers: Wire.headers(),
                                             body: try Wire.json(["credential": String(credential.dropLast(2)) + "xx"]))
        #expect(wrong.status == .unauthorized)
        let exchanged = try await client.execute(uri: "/v1/kiosks/token", method: .post, headers: Wire.headers(),
                                                 body: try Wire.json(["credential": credential]))
        #expect(exchanged.status == .ok)
        let token = try Wire.decode(TokenResponse.self, exchanged).accessToken
        #expect(try await harness.auth.keys.verify(token).role == .kiosk)
        return token
    }

    func checkIn(_ client: any TestClientProtocol, token: String, _ photo: [UInt8]) async throws -> TestResponse {
        try await client.execute(uri: "/v1/attendance/check-in", method: .post,
                                 headers: [.contentType: "image/jpeg", .authorization: "Bearer \(token)"], body: ByteBuffer(bytes: photo))
    }

    @Test func checkInsAlternateInAndOutIgnoreRepeatsAndRefuseReplays() async throws {
        let harness = FaceRouteHarness()
        let ayu = try await harness.addUser("ayu", role: .employee)
        try await harness.test { client in
            let admin = try await harness.auth.token(role: .admin)
            let enrolled = try await harness.enroll(client, ayu, person: 4)
            #expect(enrolled.status == .ok)
            #expect(try Wire.decode(FaceEnrollment.self, enrolled).templates == 1)
            let kiosk = try await kioskToken(harness, client)

            let first = try await checkIn(client, token: kiosk, Faces.photo(person: 4, jitter: 0.1, nonce: 1))
            #expect(try Wire.decode(CheckInResult.self, first).event == .checkIn)
            let replay = try await checkIn(client, token: kiosk, Faces.photo(person: 4, jitter: 0.1, nonce: 1))
            #expect(replay.status == .conflict)
            #expect(try Wire.decode(ErrorEnvelope.self, replay).error.code == "replayed_image")
            harness.advance(seconds: 30)
            let again = try Wire.decode(CheckInResult.self, try await checkIn(client, token: kiosk, Faces.photo(person: 4, nonce: 2)))
            #expect(again.event == .checkIn && !again.recorded)
            harness.advance(seconds: 8 * 3600)
            let out = try Wire.decode(CheckInResult.self, try await checkIn(client, token: kiosk, Faces.photo(person: 4, nonce: 3)))
            #expect(out.event == .checkOut && out.recorded && out.userID == ayu.uuidString.lowercased())
            #expect(await harness.attendance.entries.count == 2)

            let stranger = try await checkIn(client, token: kiosk, Faces.photo(person: 9))
            #expect(try Wire.decode(ErrorEnvelope.self, stranger).error.code == "face_not_recognised")
            let noFace = try await checkIn(client, token: kiosk, [1, 2, 3, 4])
            #expect(noFace.status == .unprocessableContent)
            let employee = try await harness.auth.token(role: .employee)
            #expect(try await checkIn(client, token: employee, Faces.photo(person: 4, nonce: 9)).status == .forbidden)
            #expect(await harness.attendance.entries.count == 2, "refused check-ins record nothing")

            let listed = try await client.execute(uri: "/v1/attendance?from=2025-11-23&to=2025-11-23&user_id=\(ayu.uuidString)",
                                                  method: .get, headers: Wire.headers(token: admin))
            #expect(try Wire.decode(AttendanceList.self, listed).records.map(\.event) == [.checkIn, .checkOut])
            let otherDay = try await client.execute(uri: "/v1/attendance?from=2025-11-24&to=2025-11-25", method: .get, headers: Wire.headers(token: admin))
            #expect(try Wire.decode(AttendanceList.self, otherDay).records.isEmpty)
            let bad = try await client.execute(uri: "/v1/attendance?from=tomorrow", method: .get, headers: Wire.headers(token: admin))
            #expect(bad.status == .badRequest)
        }
    }

    @Test func employeesVerifyOnlyThemselvesAndFaceLoginIsThrottled() async throws {
        let harness = FaceRouteHarness()
        let budi = try await harness.addUser("budi", role: .employee)
        _ = try await harness.addUser("sari", role: .employee)
        try await harness.test { client in
            _ = try await harness.enroll(client, budi, person: 2)
            let stranger = try await harness.auth.token(role: .employee)
            let denied = try await client.execute(uri: "/v1/faces/verify", method: .post, headers: Form.headers(token: stranger),
                                                  body: Form.body(fields: ["user_id": budi.uuidString], images: [Faces.photo(person: 2)]))
            #expect(denied.status == .forbidden)

            let login = { (username: String, person: Int) in
                try await client.execute(uri: "/v1/auth/face-login", method: .post, headers: Form.headers(token: nil),
                                         body: Form.body(fields: ["username": username], images: [Faces.photo(person: person)]))
            }
            let good = try await login("budi", 2)
            #expect(good.status == .ok)
            let identity = try await harness.auth.keys.verify(try Wire.decode(TokenResponse.self, good).accessToken)
            #expect(identity.userID == budi.uuidString.lowercased() && identity.role == .employee)
            for _ in 0..<3 { #expect(try await login("sari", 2).status == .unauthorized) }
            #expect(try await login("sari", 2).status == .tooManyRequests)
        }
    }
}
