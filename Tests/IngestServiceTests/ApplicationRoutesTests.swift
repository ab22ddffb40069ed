import Contracts
import Foundation
import HummingbirdTesting
import NIOCore
import Testing
@testable import IngestService

/// Applying with a transcript: stored and queued as a `khs` document carrying the recruitment's
/// requirements; one application each; closed or full recruitments and bad files refused; an
/// applicant sees only their own application.
struct ApplicationRoutesTests {
    typealias H = RegistrationHarness

    @Test func anApplicationQueuesItsTranscriptForVerification() async throws {
        let harness = H()
        try await harness.run { client in
            let recruitment = try await H.open(client)
            let response = try await H.apply(client, to: recruitment.id, user: "a1")
            #expect(response.status == .accepted)
            let accepted = try DocumentRoutesTests.decode(ApplicationAccepted.self, response)
            #expect(accepted.status == .verifying)
            let id = try #require(UUID(uuidString: accepted.id))
            let record = try #require(try await harness.applications.application(id: id))
            #expect(record.application.applicantID == "a1")
            let job = try #require(await harness.queue.job(record.application.documentID))
            #expect(job.document.type == "khs" && job.document.ownerID == "a1" && job.document.contentType == "image/png")
            guard case .object(let claimed) = job.document.claimed else { Issue.record("no requirements on the document"); return }
            #expect(claimed["min_ipk"] == .number(3) && claimed["min_semester"] == .number(3))
            #expect(try await harness.blobs.get(record.application.documentID) == SampleBytes.png(width: 800, height: 1000))

            let again = try await H.apply(client, to: recruitment.id, user: "a1")
            #expect(again.status == .conflict)
            #expect(H.code(again) == "already_applied")
            #expect(try await harness.queue.depth() == 1, "a refused second application queues nothing")
        }
    }

    @Test func applicantsSeeOnlyTheirOwnApplications() async throws {
        try await H().run { client in
            let recruitment = try await H.open(client, quota: 3)
            let mine = try DocumentRoutesTests.decode(ApplicationAccepted.self, try await H.apply(client, to: recruitment.id, user: "a1"))
            _ = try await H.apply(client, to: recruitment.id, role: "employee", user: "e2")
            let path = "/v1/applications/\(mine.id)"
            let own = try await client.execute(uri: path, method: .get, headers: H.headers("applicant", "a1"))
            let shown = try DocumentRoutesTests.decode(RecruitmentApplication.self, own)
            #expect(shown.id == mine.id && shown.recruitmentID == recruitment.id && shown.status == .verifying && shown.verdict == nil)
            let other = try await client.execute(uri: path, method: .get, headers: H.headers("employee", "e2"))
            #expect(other.status == .notFound, "another applicant's id looks like no id at all")
            let missing = try await client.execute(uri: "/v1/applications/\(UUID())", method: .get, headers: H.headers("employee", "e2"))
            #expect(try DocumentRoutesTests.decode(ErrorEnvelope.self, other).error.message == DocumentRoutesTests.decode(ErrorEnvelope.self, missing).error.message)
            let staff = try await client.execute(uri: path, method: .get, headers: H.headers("operator", "op"))
            #expect(staff.status == .ok)
            let list = try await client.execute(uri: "/v1/applications?mine=true", method: .get, headers: H.headers("employee", "e2"))
            #expect(try DocumentRoutesTests.decode(ApplicationList.self, list).applications.map(\.applicantID) == ["e2"])
        }
    }

    @Test func closedOrFullRecruitmentsAndBadFilesAreRefused() async throws {
        let harness = H()
        try await harness.run { client in
            let closed = try await harness.closed()
            let refused = try await H.apply(client, to: closed.id.uuidString, user: "a1")
            #expect(refused.status == .conflict && H.code(refused) == "recruitment_closed")
            let unknown = try await H.apply(client, to: UUID().uuidString, user: "a1")
            #expect(unknown.status == .notFound)
            let recruitment = try await H.open(client)
            let noFile = try await H.apply(client, to: recruitment.id, bytes: nil, user: "a1")
            #expect(noFile.status == .badRequest && H.code(noFile) == "missing_field")
            let text = try await H.apply(client, to: recruitment.id, bytes: Array("Nilai: A A B".utf8), user: "a1")
            #expect(text.status == .unsupportedMediaType)
            let truncated = try await H.apply(client, to: recruitment.id, bytes: Array(SampleBytes.pdf.prefix(20)), user: "a1")
            #expect(truncated.status == .unprocessableContent)
            let admin = try await H.apply(client, to: recruitment.id, role: "admin", user: "admin-1")
            #expect(admin.status == .forbidden)
            #expect(try await harness.queue.depth() == 0)

            let accepted = try DocumentRoutesTests.decode(ApplicationAccepted.self, try await H.apply(client, to: recruitment.id, user: "a1"))
            let (headers, body) = try H.json(ApplicationDecisionRequest(decision: .accepted))
            #expect(try await client.execute(uri: "/v1/applications/\(accepted.id)/decision", method: .post, headers: headers, body: body).status == .ok)
            let full = try await H.apply(client, to: recruitment.id, user: "a2")
            #expect(full.status == .conflict && H.code(full) == "recruitment_full")
        }
    }
}
