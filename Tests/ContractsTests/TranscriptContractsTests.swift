import Contracts
import Testing

/// `POST /v1/transcripts/verify`: the requirements part and the answer, against DESIGN.md.
struct TranscriptContractsTests {
    @Test func requirements() throws {
        let requirements = try FixtureRoundTrip.check(
            "transcripts-requirements", as: TranscriptRequirements.self, designKeys: ["min_ipk", "courses"])
        #expect(requirements.minIPK == 3.25)
        #expect(requirements.courses.last == CourseRequirement(name: "Basis Data", minGrade: "A-"))
    }

    @Test func verification() throws {
        let verification = try FixtureRoundTrip.check(
            "transcripts-verify-response", as: TranscriptVerification.self,
            designKeys: ["student", "courses", "ipk", "ipk_printed", "eligible", "reasons"])
        #expect(verification.eligible == .notEligible)
        #expect(verification.ipkPrinted == 3.67)
        #expect(verification.student.nim == "21/478123/PA/20765")
        let row = try #require(verification.courses.first)
        #expect(try FixtureRoundTrip.keys(of: row) == ["code", "name", "sks", "grade"])
    }

    @Test(arguments: ["eligible", "not_eligible", "needs_review"])
    func eligibilityValues(value: String) {
        #expect(Eligibility(rawValue: value) != nil)
    }

    @Test func unknownEligibilityIsRefused() {
        let json = #"{"student":{},"courses":[],"eligible":"yes","reasons":[]}"#
        #expect(FixtureRoundTrip.rejects(json, as: TranscriptVerification.self))
    }
}

/// A transcript read only in part still has DESIGN.md's full shape, with nulls.
struct TranscriptShapeTests {
    @Test func unreadValuesAreExplicitNulls() throws {
        let verification = try FixtureRoundTrip.check(
            "transcripts-verify-unread", as: TranscriptVerification.self,
            designKeys: ["student", "courses", "ipk", "ipk_printed", "eligible", "reasons"])
        #expect(verification.ipk == nil && verification.student.name == nil)
        #expect(try FixtureRoundTrip.keys(of: Student(name: nil, nim: nil)) == ["name", "nim"])
        #expect(try FixtureRoundTrip.keys(of: CourseRow(code: nil, name: "x", sks: 1, grade: "A")) == ["code", "name", "sks", "grade"])
    }
}
