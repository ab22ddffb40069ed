import Contracts
import Foundation
import Testing

/// `POST /v1/transcripts/verify`: the requirements part and the answer, against DESIGN.md.
struct TranscriptContractsTests {
    @Test func requirements() throws {
        let requirements = try FixtureRoundTrip.check(
            "transcripts-requirements", as: TranscriptRequirements.self, designKeys: ["min_ipk", "courses"])
        #expect(requirements.minIPK == 3.25)
        #expect(requirements.courses.last == CourseRequirement(name: "Basis Data", minGrade: "A-"))
        #expect(requirements.minSemester == 5)
    }

    /// `min_semester` is an optional extra: DESIGN.md's shape without it still decodes.
    @Test func requirementsWithoutMinSemester() throws {
        let json = #"{"min_ipk":3.0,"courses":[]}"#
        let requirements = try JSONDecoder().decode(TranscriptRequirements.self, from: Data(json.utf8))
        #expect(requirements.minSemester == nil && requirements.minIPK == 3.0)
        #expect(FixtureRoundTrip.rejects(#"{"courses":[],"min_semester":"five"}"#, as: TranscriptRequirements.self))
    }

    @Test func verification() throws {
        let verification = try FixtureRoundTrip.check(
            "transcripts-verify-response", as: TranscriptVerification.self,
            designKeys: ["student", "courses", "ipk", "ipk_printed", "eligible", "reasons"])
        #expect(verification.eligible == .notEligible)
        #expect(verification.ipkPrinted == 3.67)
        #expect(verification.student.nim == "21/478123/PA/20765")
        #expect(verification.semester == 6)
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
        #expect(verification.ipk == nil && verification.student.name == nil && verification.semester == nil)
        let bare = TranscriptVerification(student: Student(name: nil, nim: nil), courses: [], ipk: nil, ipkPrinted: nil, eligible: .needsReview, reasons: [])
        #expect(try FixtureRoundTrip.keys(of: bare) == ["student", "courses", "ipk", "ipk_printed", "eligible", "reasons", "semester"])
        #expect(try FixtureRoundTrip.keys(of: Student(name: nil, nim: nil)) == ["name", "nim"])
        #expect(try FixtureRoundTrip.keys(of: CourseRow(code: nil, name: "x", sks: 1, grade: "A")) == ["code", "name", "sks", "grade"])
    }
}
