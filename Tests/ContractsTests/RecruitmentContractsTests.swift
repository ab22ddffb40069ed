import Contracts
import Foundation
import Testing

/// Practicum-assistant registration (issue 7): recruitments, applications and decisions, in
/// snake_case, against hand-written fixtures.
struct RecruitmentContractsTests {
    @Test func newRecruitment() throws {
        let proposal = try FixtureRoundTrip.check(
            "recruitments-create-request", as: NewRecruitment.self,
            designKeys: ["course", "title", "requirements", "min_semester", "quota", "closes_at"])
        #expect(proposal.quota == 4 && proposal.minSemester == 3 && proposal.closesAt == "2026-12-31T17:00:00Z")
        #expect(proposal.requirements.courses.first == CourseRequirement(name: "Basis Data", minGrade: "AB"))
        let minimal = try JSONDecoder().decode(NewRecruitment.self, from: Data(#"{"course":"X","requirements":{"courses":[]},"quota":1}"#.utf8))
        #expect(minimal.title == nil && minimal.minSemester == nil && minimal.closesAt == nil)
        #expect(FixtureRoundTrip.rejects(#"{"course":"X","requirements":{"courses":[]}}"#, as: NewRecruitment.self), "quota is required")
    }

    @Test func recruitment() throws {
        let recruitment = try FixtureRoundTrip.check(
            "recruitments-response", as: Recruitment.self,
            designKeys: ["id", "course", "requirements", "quota", "accepted", "open", "closes_at", "created_at", "min_semester"])
        #expect(recruitment.accepted == 1 && recruitment.open && recruitment.requirements.minIPK == 3.25)
        let list = try JSONDecoder().decode(RecruitmentList.self, from: JSONEncoder().encode(RecruitmentList(recruitments: [recruitment])))
        #expect(list.recruitments == [recruitment])
    }

    @Test func applicationAccepted() throws {
        let accepted = try FixtureRoundTrip.check("applications-accepted", as: ApplicationAccepted.self, designKeys: ["id", "status"])
        #expect(accepted.status == .verifying)
    }

    @Test func decisionRequest() throws {
        let request = try FixtureRoundTrip.check("applications-decision-request", as: ApplicationDecisionRequest.self, designKeys: ["decision", "note"])
        #expect(request.decision == .accepted)
        #expect(FixtureRoundTrip.rejects(#"{"decision":"maybe"}"#, as: ApplicationDecisionRequest.self))
        #expect(try FixtureRoundTrip.keys(of: ApplicationDecisionRequest(decision: .rejected)) == ["decision"])
    }

    @Test func decidedApplication() throws {
        let application = try FixtureRoundTrip.check(
            "applications-response", as: RecruitmentApplication.self,
            designKeys: ["id", "recruitment_id", "applicant_id", "document_id", "status", "verdict", "decision", "submitted_at"])
        #expect(application.status == .accepted && application.verdict?.eligible == .notEligible)
        #expect(application.verdict?.ipkPrinted == 3.41 && application.verdict?.courses.first?.code == "IF2240")
        #expect(application.decision?.decidedAt == "2026-11-24T08:30:00Z")
        let verdict = try #require(application.verdict)
        #expect(try FixtureRoundTrip.keys(of: verdict) == ["eligible", "reasons", "ipk", "ipk_printed", "courses"], "no student name or NIM")
    }

    @Test func failedApplication() throws {
        let application = try FixtureRoundTrip.check(
            "applications-failed", as: RecruitmentApplication.self, designKeys: ["id", "status", "error", "submitted_at"])
        #expect(application.status == .verificationFailed && application.verdict == nil && application.decision == nil)
    }

    @Test(arguments: ["verifying", "verified", "verification_failed", "accepted", "rejected"])
    func applicationStates(value: String) {
        #expect(ApplicationState(rawValue: value) != nil)
    }
}
