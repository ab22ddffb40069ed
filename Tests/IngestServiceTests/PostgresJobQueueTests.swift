import DatabaseTesting
import Contracts
import Foundation
import Logging
import PostgresNIO
import Testing
@testable import IngestService

/// The job queue on a real PostgreSQL: SKIP LOCKED claims, leases, owner-checked finishing.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PERIKSA_TEST_DATABASE_URL"), .timeLimit(.minutes(2)))
struct PostgresJobQueueTests {
    static let logger = Logger(label: "queue-test")

    /// A migrated ingest schema in a fresh database.
    static func withQueue(_ label: String, _ body: (PostgresJobQueue, PostgresDocumentStore, PostgresClient) async throws -> Void) async throws {
        try await TestDatabase.withFresh(label) { url in
            try await TestDatabase.withClient(url, maximumConnections: 12) { client in
                try await IngestMigrations.all.run(on: client, logger: logger)
                try await body(PostgresJobQueue(client: client, logger: logger), PostgresDocumentStore(client: client, logger: logger), client)
            }
        }
    }

    static func accept(_ store: PostgresDocumentStore, count: Int = 1) async throws -> [UUID] {
        var ids: [UUID] = []
        for _ in 0..<count {
            let document = Samples.document(type: "raw")
            try await store.accept(document)
            ids.append(document.id)
        }
        return ids
    }

    @Test func concurrentClaimersNeverShareAJob() async throws {
        try await Self.withQueue("skip_locked") { queue, store, _ in
            let ids = try await Self.accept(store, count: 60)
            let claimed = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        var mine: [UUID] = []
                        while let job = try await queue.claim(worker: "w\(worker)", lease: .seconds(30), maxAttempts: 3) {
                            mine.append(job.document.id)
                        }
                        return mine
                    }
                }
                var all: [UUID] = []
                for try await mine in group { all += mine }
                return all
            }
            #expect(claimed.count == ids.count, "every job claimed once")
            #expect(Set(claimed) == Set(ids))
            #expect(try await queue.depth() == 60, "all running")
        }
    }

    @Test func expiredLeaseIsReclaimedAndOnlyTheNewHolderFinishes() async throws {
        try await Self.withQueue("lease") { queue, store, _ in
            let id = try #require(try await Self.accept(store).first)
            let first = try #require(try await queue.claim(worker: "crashed", lease: .seconds(1), maxAttempts: 3))
            #expect(first.attempt == 1)
            #expect(try await queue.claim(worker: "other", lease: .seconds(1), maxAttempts: 3) == nil, "held under lease")
            try await Task.sleep(for: .milliseconds(1300))
            let second = try #require(try await queue.claim(worker: "other", lease: .seconds(30), maxAttempts: 3))
            #expect(second.document.id == id && second.attempt == 2)
            #expect(try await queue.renew(id, worker: "crashed", lease: .seconds(30)) == false)
            #expect(try await queue.complete(id, worker: "crashed", result: .string("stale")) == false)
            #expect(try await queue.renew(id, worker: "other", lease: .seconds(30)))
            #expect(try await queue.complete(id, worker: "other", result: .string("fresh")))
            #expect(try await queue.complete(id, worker: "other", result: .string("again")) == false, "completion is recorded once")

            let record = try #require(try await store.record(id: id))
            #expect(record.status == .done)
            #expect(record.result == .string("fresh"))
            #expect(record.attempts.map(\.outcome) == ["lease_expired", "done"])
        }
    }

    @Test func retryWaitsAndTheLastFailureKeepsTheReason() async throws {
        try await Self.withQueue("retry") { queue, store, _ in
            let id = try #require(try await Self.accept(store).first)
            _ = try await queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 2)
            #expect(try await queue.fail(id, worker: "w", reason: "ocr unavailable", retryAfter: .seconds(1)))
            #expect(try await queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 2) == nil, "not before run_after")
            try await Task.sleep(for: .milliseconds(1200))
            let again = try #require(try await queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 2))
            #expect(again.attempt == 2)
            #expect(try await queue.fail(id, worker: "w", reason: "ocr unavailable again", retryAfter: nil))
            let record = try #require(try await store.record(id: id))
            #expect(record.status == .failed)
            #expect(record.error == "ocr unavailable again")
            #expect(record.attempts.map(\.outcome) == ["retry", "failed"])
            #expect(try await queue.depth() == 0)
        }
    }

    @Test func expiredLeaseOnTheLastAttemptFailsTheJob() async throws {
        try await Self.withQueue("give_up") { queue, store, _ in
            let id = try #require(try await Self.accept(store).first)
            _ = try await queue.claim(worker: "crashed", lease: .seconds(1), maxAttempts: 1)
            try await Task.sleep(for: .milliseconds(1300))
            #expect(try await queue.claim(worker: "other", lease: .seconds(30), maxAttempts: 1) == nil)
            let record = try #require(try await store.record(id: id))
            #expect(record.status == .failed)
            #expect(record.error?.contains("gave up after 1 attempts") == true)
            #expect(record.attempts.map(\.outcome) == ["lease_expired"])
        }
    }

    @Test func claimCarriesTheDocumentAndClaimedJSON() async throws {
        try await Self.withQueue("payload") { queue, store, _ in
            var document = Samples.document(type: "ktp", owner: "owner-7")
            document.claimed = .object(["nik": .string("3204014107900003")])
            try await store.accept(document)
            let job = try #require(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3))
            #expect(job.document == document)
        }
    }

    @Test func blobsRoundTripByteForByte() async throws {
        try await Self.withQueue("blobs") { _, _, client in
            let blobs = PostgresBlobStore(client: client, logger: Self.logger)
            let id = UUID()
            let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try await blobs.put(id, bytes: bytes)
            #expect(try await blobs.get(id) == bytes)
            #expect(try await blobs.get(UUID()) == nil)
        }
    }
}
