import Contracts
import DatabaseTesting
import Foundation
import Logging
import PostgresNIO
import Testing
@testable import IngestService

/// Recruitments and applications on a real PostgreSQL: one application each (the second queues
/// nothing), the verification read from the `khs` document, and acceptance within the quota even
/// when admins decide at the same moment.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PERIKSA_TEST_DATABASE_URL"), .timeLimit(.minutes(2)))
struct PostgresApplicationStoreTests {
    static let logger = Logger(label: "registration-test")
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    struct Stores {
        var recruitments: PostgresRecruitmentStore
        var applications: PostgresApplicationStore
        var queue: PostgresJobQueue
        var client: PostgresClient
    }

    static func withStores(_ label: String, _ body: (Stores) async throws -> Void) async throws {
        try await TestDatabase.withFresh(label) { url in
            try await TestDatabase.withClient(url, maximumConnections: 12) { client in
                try await IngestMigrations.all.run(on: client, logger: logger)
                try await body(Stores(
                    recruitments: PostgresRecruitmentStore(client: client, logger: logger),
                    applications: PostgresApplicationStore(client: client, logger: logger),
                    queue: PostgresJobQueue(client: client, logger: logger), client: client))
            }
        }
    }

    static func recruitment(quota: Int) throws -> StoredRecruitment {
        try NewRecruitment(course: "Praktikum Basis Data", requirements: RegistrationHarness.requirements, minSemester: 3, quota: quota,
                           closesAt: "2026-12-31T17:00:00Z").validated(id: UUID(), by: "admin-1", at: now)
    }

    static func apply(_ stores: Stores, to recruitment: StoredRecruitment, as applicant: String) async throws -> (NewApplication, SubmissionOutcome) {
        let document = NewDocument(
            id: UUID(), type: "khs", ownerID: applicant, contentType: "image/png", sha256: "ab", size: 10,
            claimed: try recruitment.verificationRequirements())
        let application = NewApplication(id: UUID(), recruitmentID: recruitment.id, applicantID: applicant, documentID: document.id)
        return (application, try await stores.applications.submit(application, document: document))
    }

    @Test func recruitmentsRoundTripAndApplicationsAreOneEach() async throws {
        try await Self.withStores("registration") { stores in
            let recruitment = try Self.recruitment(quota: 2)
            try await stores.recruitments.create(recruitment)
            #expect(try await stores.recruitments.recruitment(id: recruitment.id) == recruitment)
            #expect(try await stores.recruitments.recruitments().map(\.id) == [recruitment.id])

            let (application, outcome) = try await Self.apply(stores, to: recruitment, as: "a1")
            #expect(outcome == .submitted)
            #expect(try await stores.applications.hasApplied("a1", to: recruitment.id))
            #expect(try await Self.apply(stores, to: recruitment, as: "a1").1 == .duplicate)
            #expect(try await stores.queue.depth() == 1, "the refused application left no document queued")

            let job = try #require(try await stores.queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 3))
            #expect(job.document.id == application.documentID && job.document.type == "khs")
            let result = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(ApplicationReviewTests.verification))
            #expect(try await stores.queue.complete(job.document.id, worker: "w", result: result))
            let read = try #require(try await stores.applications.application(id: application.id))
            #expect(read.application == application && read.status == .verified)
            #expect(read.verdict?.reasons == ApplicationReviewTests.verification.reasons)
            #expect(try await stores.applications.applications(applicant: "a1").map(\.application.id) == [application.id])
            #expect(try await stores.applications.applications(recruitment: recruitment.id).count == 1)
            #expect(try await stores.applications.applications(applicant: "a2").isEmpty)
        }
    }

    @Test func concurrentAcceptancesNeverPassTheQuota() async throws {
        try await Self.withStores("quota") { stores in
            let recruitment = try Self.recruitment(quota: 2)
            try await stores.recruitments.create(recruitment)
            var ids: [UUID] = []
            for index in 0..<8 { ids.append(try await Self.apply(stores, to: recruitment, as: "a\(index)").0.id) }
            let outcomes = try await withThrowingTaskGroup(of: DecisionOutcome.self) { group in
                for id in ids {
                    group.addTask { try await stores.applications.decide(id, .accepted, note: nil, by: "admin-1", at: Self.now) }
                }
                return try await group.reduce(into: [DecisionOutcome]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == .recorded }.count == 2)
            #expect(outcomes.filter { $0 == .quotaFull }.count == 6)
            #expect(try await stores.recruitments.recruitment(id: recruitment.id)?.accepted == 2)

            let accepted = try await stores.applications.applications(recruitment: recruitment.id).filter { $0.status == .accepted }
            let first = try #require(accepted.first)
            #expect(first.decision?.decidedBy == "admin-1" && first.decision?.decidedAt == ISOTime.string(Self.now))
            #expect(try await stores.applications.decide(first.application.id, .rejected, note: "withdrew", by: "admin-2", at: Self.now) == .recorded)
            let waiting = ids.filter { id in !accepted.contains { $0.application.id == id } }
            #expect(try await stores.applications.decide(waiting[0], .accepted, note: nil, by: "admin-2", at: Self.now) == .recorded, "the freed place")
            #expect(try await stores.applications.decide(waiting[1], .accepted, note: nil, by: "admin-2", at: Self.now) == .quotaFull)
            #expect(try await stores.applications.decide(UUID(), .rejected, note: nil, by: "admin-2", at: Self.now) == .notFound)
            let rows = try await stores.client.query("SELECT count(*)::integer, count(DISTINCT decided_by)::integer FROM ingest.application_decisions", logger: Self.logger)
            for try await (count, deciders) in rows.decode((Int, Int).self) { #expect(count == 4 && deciders == 2, "\(count) decisions by \(deciders)") }
        }
    }
}
