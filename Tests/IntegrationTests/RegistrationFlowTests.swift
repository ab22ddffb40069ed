import Contracts
import Foundation
import Testing

/// Practicum-assistant registration through the gateway: an admin opens a recruitment, an
/// applicant applies with a KHS page that ingest has verified by ocr (`khs` pipeline), another
/// applicant (who applies with the same page inside a PDF) can neither read that application nor
/// list the recruitment's, the admin reviews the verdict with its reasons and accepts within the
/// quota; bad input gets clear 4xx envelopes.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct RegistrationFlowTests {
    /// A KHS page (layout "omega", letter grades) whose Basis Data grade is B- and whose
    /// Jaringan Komputer grade is A; IPK 3.29.
    static func transcript() throws -> Data {
        guard let url = Bundle.module.url(forResource: "khs-omega-0008", withExtension: "jpg", subdirectory: "Fixtures") else {
            throw ClusterError("the KHS fixture is missing")
        }
        return try Data(contentsOf: url)
    }

    static let requirements = TranscriptRequirements(minIPK: 3.0, courses: [
        CourseRequirement(name: "Basis Data", minGrade: "B"), CourseRequirement(name: "Jaringan Komputer", minGrade: "B"),
    ])

    static func user(_ client: HTTPTestClient, _ name: String, admin: String) async throws -> (id: String, token: String) {
        let password = "rahasia-\(UUID().uuidString.prefix(8))"
        let created = try await client.post("/v1/users", json: CreateUserRequest(username: name, password: password, role: .applicant, fullName: name.capitalized), token: admin)
        guard created.status == 201 else { throw ClusterError("could not create \(name): \(created.status)") }
        return (try created.decode(UserResponse.self).id, try await client.login(name, password))
    }

    static func waitForVerdict(_ client: HTTPTestClient, _ id: String, token: String) async throws -> RecruitmentApplication {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            let application = try await client.get("/v1/applications/\(id)", token: token).decode(RecruitmentApplication.self)
            if application.status != .verifying { return application }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw ClusterError("application \(id) was not verified in time")
    }

    @Test func applicantsApplyAdminsReviewAndDecideWithinTheQuota() async throws {
        try await withCluster("registration") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let a = try await Self.user(client, "ayu", admin: admin)
            let b = try await Self.user(client, "bima", admin: admin)
            let page = try Self.transcript()

            let proposal = NewRecruitment(course: "Praktikum Basis Data", requirements: Self.requirements, quota: 1)
            #expect(try await client.post("/v1/recruitments", json: proposal, token: a.token).status == 403)
            let opened = try await client.post("/v1/recruitments", json: proposal, token: admin)
            #expect(opened.status == 201, "\(String(decoding: opened.body, as: UTF8.self))")
            let recruitment = try opened.decode(Recruitment.self)
            let listed = try await client.get("/v1/recruitments", token: b.token).decode(RecruitmentList.self)
            #expect(listed.recruitments.map(\.id) == [recruitment.id])

            let path = "/v1/recruitments/\(recruitment.id)/applications"
            let applied = try await client.post(path, form: [.file("file", page, contentType: "image/jpeg")], token: a.token)
            #expect(applied.status == 202, "\(String(decoding: applied.body, as: UTF8.self))")
            let accepted = try applied.decode(ApplicationAccepted.self)
            #expect(accepted.status == .verifying)
            let twice = try await client.post(path, form: [.file("file", page, contentType: "image/jpeg")], token: a.token)
            #expect(twice.status == 409 && twice.envelope?.error.code == "already_applied")

            let mine = try await Self.waitForVerdict(client, accepted.id, token: a.token)
            #expect(mine.status == .verified && mine.applicantID == a.id, "\(mine.status) \(mine.error ?? "")")
            let verdict = try #require(mine.verdict)
            #expect(verdict.eligible == .notEligible, "\(verdict.reasons)")
            #expect(verdict.reasons.contains { $0.contains("Basis Data") }, "\(verdict.reasons)")
            #expect(!verdict.reasons.contains { $0.contains("Jaringan Komputer") }, "\(verdict.reasons)")
            #expect(verdict.courses.count >= 8)

            let probed = try await client.get("/v1/applications/\(accepted.id)", token: b.token)
            #expect(probed.status == 404 && probed.envelope?.error.code == "not_found")
            #expect(try await client.get(path, token: b.token).status == 403)
            #expect(try await client.get("/v1/applications?mine=true", token: b.token).decode(ApplicationList.self).applications.isEmpty)
            let scanned = TestFiles.pdf(jpeg: page, width: 859, height: 638)
            let second = try await client.post(path, form: [.file("file", scanned, contentType: "application/pdf")], token: b.token)
            #expect(second.status == 202, "\(String(decoding: second.body, as: UTF8.self))")
            let secondID = try second.decode(ApplicationAccepted.self).id
            let fromPDF = try await Self.waitForVerdict(client, secondID, token: b.token)
            #expect(fromPDF.status == .verified, "a PDF transcript: \(fromPDF.error ?? "")")
            #expect(fromPDF.verdict?.eligible == .notEligible && fromPDF.verdict?.reasons == verdict.reasons, "\(fromPDF.verdict?.reasons ?? [])")

            let review = try await client.get(path, token: admin).decode(ApplicationList.self).applications
            #expect(review.count == 2)
            let reviewed = try #require(review.first { $0.id == accepted.id })
            #expect(reviewed.verdict == verdict && reviewed.applicantID == a.id)
            let decided = try await client.post("/v1/applications/\(accepted.id)/decision", json: ApplicationDecisionRequest(decision: .accepted, note: "grade checked by hand"), token: admin)
            #expect(decided.status == 200, "\(String(decoding: decided.body, as: UTF8.self))")
            let decision = try #require(try decided.decode(RecruitmentApplication.self).decision)
            #expect(decision.decision == .accepted && !decision.decidedBy.isEmpty && decision.decidedBy != a.id)
            let full = try await client.post("/v1/applications/\(secondID)/decision", json: ApplicationDecisionRequest(decision: .accepted), token: admin)
            #expect(full.status == 409 && full.envelope?.error.code == "quota_full")
            #expect(try await client.get("/v1/applications/\(accepted.id)", token: a.token).decode(RecruitmentApplication.self).status == .accepted)
            #expect(try await client.get("/v1/recruitments", token: b.token).decode(RecruitmentList.self).recruitments.isEmpty, "a full recruitment is not listed")
            #expect(try cluster.sql("SELECT count(*) FROM ingest.application_decisions") == "1")

            try await Self.badInputIsRefused(client, admin: admin, applicant: b.token)
        }
    }

    static func badInputIsRefused(_ client: HTTPTestClient, admin: String, applicant: String) async throws {
        let open = try await client.post("/v1/recruitments", json: NewRecruitment(course: "Praktikum Jaringan", requirements: requirements, quota: 3), token: admin)
        let path = "/v1/recruitments/\(try open.decode(Recruitment.self).id)/applications"
        let text = try await client.post(path, form: [.file("file", Data("IPK 3.9, semua A".utf8), contentType: "text/plain")], token: applicant)
        #expect(text.status == 415 && text.envelope?.error.code == "unsupported_media_type", "\(text.status)")
        let noFile = try await client.post(path, form: [.text("note", "lupa")], token: applicant)
        #expect(noFile.status == 400 && noFile.envelope?.error.code == "missing_field")
        let unknown = try await client.post("/v1/recruitments/\(UUID().uuidString)/applications", form: [.file("file", TestFiles.png(width: 64, height: 64), contentType: "image/png")], token: applicant)
        #expect(unknown.status == 404 && unknown.envelope?.error.code == "not_found")
        #expect(try await client.get("/v1/recruitments/not-an-id", token: applicant).status == 404)
        let malformed = try await client.post("/v1/recruitments", raw: Data(#"{"course":"X","requirements":{"courses":[{"name":"#.utf8), contentType: "application/json", token: admin)
        #expect(malformed.status == 400 && malformed.envelope?.error.code == "malformed_json")
        let badClaim = try await client.post("/v1/documents", form: [
            .text("type", "khs"), .text("claimed", #"{"min_ipk":7,"courses":[]}"#), .file("file", TestFiles.png(width: 64, height: 64), contentType: "image/png")], token: admin)
        #expect(badClaim.status == 400 && badClaim.envelope?.error.code == "invalid_field", "\(badClaim.status)")
        let noQuota = try await client.post("/v1/recruitments", raw: Data(#"{"course":"X","requirements":{"courses":[]},"quota":0}"#.utf8), contentType: "application/json", token: admin)
        #expect(noQuota.status == 400 && noQuota.envelope?.error.code == "invalid_field")
    }
}
