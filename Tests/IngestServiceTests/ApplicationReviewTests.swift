import Contracts
import Foundation
import HummingbirdTesting
import NIOCore
import Testing
@testable import IngestService

/// Staff review: the list shows each application's status, automatic verdict and reasons (never
/// the student's name or NIM); an admin's decisions are stored with who and when, and acceptance
/// stops at the quota.
struct ApplicationReviewTests {
    typealias H = RegistrationHarness

    static let verification = TranscriptVerification(
        student: Student(name: "Siti Aminah", nim: "2109106012"),
        courses: [CourseRow(code: "IF2240", name: "Basis Data", sks: 3, grade: "BC")], ipk: 3.21, ipkPrinted: 3.21,
        eligible: .notEligible, reasons: ["Basis Data: BC is below the required B"])

    /// Runs the application's `khs` job to `result` as a worker would.
    static func finish(_ harness: H, _ id: String, result: JSONValue?) async throws {
        let uuid = try #require(UUID(uuidString: id))
        let record = try #require(try await harness.applications.application(id: uuid))
        let documentID = record.application.documentID
        _ = try await harness.queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 3)
        if let result {
            #expect(try await harness.queue.complete(documentID, worker: "w", result: result))
        } else {
            #expect(try await harness.queue.fail(documentID, worker: "w", reason: "unsupported_media_type: not a transcript", retryAfter: nil))
        }
    }

    static func decide(_ client: any TestClientProtocol, _ id: String, _ decision: ApplicationDecisionValue, role: String = "admin") async throws -> TestResponse {
        let (headers, body) = try H.json(ApplicationDecisionRequest(decision: decision, note: "checked"), role: role, user: "\(role)-1")
        return try await client.execute(uri: "/v1/applications/\(id)/decision", method: .post, headers: headers, body: body)
    }

    @Test func staffSeeTheVerdictWithReasonsButNoNames() async throws {
        let harness = H()
        try await harness.run { client in
            let recruitment = try await H.open(client, quota: 2)
            let first = try DocumentRoutesTests.decode(ApplicationAccepted.self, try await H.apply(client, to: recruitment.id, user: "a1"))
            try await Self.finish(harness, first.id, result: try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(Self.verification)))
            let second = try DocumentRoutesTests.decode(ApplicationAccepted.self, try await H.apply(client, to: recruitment.id, user: "a2"))
            try await Self.finish(harness, second.id, result: nil)

            let path = "/v1/recruitments/\(recruitment.id)/applications"
            let response = try await client.execute(uri: path, method: .get, headers: H.headers("operator", "op"))
            #expect(!String(buffer: response.body).contains("Siti") && !String(buffer: response.body).contains("2109106012"))
            let listed = try DocumentRoutesTests.decode(ApplicationList.self, response).applications
            #expect(listed.map(\.id) == [first.id, second.id])
            let verdict = try #require(listed.first?.verdict)
            #expect(listed.first?.status == .verified && verdict.eligible == .notEligible && verdict.ipk == 3.21)
            #expect(verdict.reasons == Self.verification.reasons && verdict.courses == Self.verification.courses)
            #expect(listed.last?.status == .verificationFailed && listed.last?.verdict == nil)
            #expect(listed.last?.error?.contains("not a transcript") == true)

            let applicant = try await client.execute(uri: path, method: .get, headers: H.headers("applicant", "a1"))
            #expect(applicant.status == .forbidden)
            let unknown = try await client.execute(uri: "/v1/recruitments/\(UUID())/applications", method: .get, headers: H.headers("admin", "ad"))
            #expect(unknown.status == .notFound)
        }
    }

    @Test func decisionsAreRecordedAndAcceptanceStopsAtTheQuota() async throws {
        let harness = H()
        try await harness.run { client in
            let recruitment = try await H.open(client, quota: 1)
            let first = try DocumentRoutesTests.decode(ApplicationAccepted.self, try await H.apply(client, to: recruitment.id, user: "a1"))
            let second = try DocumentRoutesTests.decode(ApplicationAccepted.self, try await H.apply(client, to: recruitment.id, user: "a2"))

            #expect(try await Self.decide(client, first.id, .accepted, role: "operator").status == .forbidden)
            let accepted = try DocumentRoutesTests.decode(RecruitmentApplication.self, try await Self.decide(client, first.id, .accepted))
            #expect(accepted.status == .accepted)
            #expect(accepted.decision == ApplicationDecision(decision: .accepted, note: "checked", decidedBy: "admin-1", decidedAt: ISOTime.string(H.now)))
            let refused = try await Self.decide(client, second.id, .accepted)
            #expect(refused.status == .conflict && H.code(refused) == "quota_full")
            #expect(try await Self.decide(client, first.id, .accepted).status == .ok, "confirming an acceptance does not count twice")

            #expect(try await Self.decide(client, first.id, .rejected).status == .ok)
            #expect(try await Self.decide(client, second.id, .accepted).status == .ok, "a revised acceptance frees its place")
            #expect(await harness.applications.history.map(\.1.decision) == [.accepted, .accepted, .rejected, .accepted])

            let missing = try await Self.decide(client, UUID().uuidString, .rejected)
            #expect(missing.status == .notFound)
            var headers = H.headers("admin", "admin-1")
            headers[.contentType] = "application/json"
            let bad = try await client.execute(uri: "/v1/applications/\(first.id)/decision", method: .post, headers: headers, body: ByteBuffer(string: #"{"decision":"maybe"}"#))
            #expect(bad.status == .badRequest && H.code(bad) == "invalid_field")
        }
    }
}
