import Contracts
import Testing

/// Face enrol/verify/identify and attendance check-in answers against DESIGN.md.
struct FaceContractsTests {
    @Test func enroll() throws {
        let enrollment = try FixtureRoundTrip.check("faces-enroll-response", as: FaceEnrollment.self, designKeys: ["user_id", "templates"])
        #expect(enrollment.templates == 3)
    }

    @Test func verify() throws {
        let verification = try FixtureRoundTrip.check(
            "faces-verify-response", as: FaceVerification.self, designKeys: ["match", "distance", "threshold"])
        #expect(verification.match)
        #expect(verification.distance < verification.threshold)
    }

    @Test func identifySomebody() throws {
        let found = try FixtureRoundTrip.check("faces-identify-response", as: FaceIdentification.self, designKeys: ["user_id", "distance"])
        #expect(found.userID == "8f14e45f-ceea-467a-9575-1f6a4c0b2d11")
    }

    @Test func identifyNobodyIsAnExplicitNull() throws {
        let nobody = try FixtureRoundTrip.check("faces-identify-nobody", as: FaceIdentification.self, designKeys: ["user_id", "distance"])
        #expect(nobody.userID == nil)
        #expect(try FixtureRoundTrip.keys(of: nobody) == ["user_id", "distance"])
    }

    @Test func attendanceCheckIn() throws {
        let record = try FixtureRoundTrip.check(
            "attendance-check-in-response", as: AttendanceRecord.self, designKeys: ["user_id", "event", "at", "distance"])
        #expect(record.event == .checkIn)
        #expect(AttendanceEvent.checkOut.rawValue == "out")
        #expect(FixtureRoundTrip.rejects(#"{"user_id":"u","event":"lunch","at":"x","distance":0}"#, as: AttendanceRecord.self))
    }
}
