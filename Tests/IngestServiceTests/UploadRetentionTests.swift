import DatabaseTesting
import Foundation
import Logging
import PostgresNIO
import Testing
@testable import IngestService

/// Uploaded bytes go once their document has been finished for the retention period; a
/// document still waiting or running keeps them.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PERIKSA_TEST_DATABASE_URL"), .timeLimit(.minutes(2)))
struct UploadRetentionTests {
    @Test func finishedUploadsArePurgedAfterTheRetentionOnly() async throws {
        try await PostgresJobQueueTests.withQueue("retention") { queue, store, client in
            let logger = Logger(label: "retention-test")
            let blobs = PostgresBlobStore(client: client, logger: logger)
            let ids = try await PostgresJobQueueTests.accept(store, count: 4)
            for id in ids { try await blobs.put(id, bytes: [1, 2, 3]) }
            var finished: [UUID] = []
            for outcome in ["done", "failed", "done"] {
                let job = try #require(try await queue.claim(worker: "w", lease: .seconds(30), maxAttempts: 3))
                let closed = outcome == "done"
                    ? try await queue.complete(job.document.id, worker: "w", result: .null)
                    : try await queue.fail(job.document.id, worker: "w", reason: "not_a_ktp", retryAfter: nil)
                #expect(closed)
                finished.append(job.document.id)
            }
            let waiting = try #require(Set(ids).subtracting(finished).first)
            let old = finished.prefix(2).map { "'\($0)'" }.joined(separator: ",")
            try await client.query(PostgresQuery(unsafeSQL: "UPDATE ingest.documents SET updated_at = now() - interval '2 days' WHERE id IN (\(old))"), logger: logger)
            try await client.query(PostgresQuery(unsafeSQL: "UPDATE ingest.documents SET updated_at = now() - interval '2 days' WHERE id = '\(waiting)'"), logger: logger)

            let retention = UploadRetention(blobs: blobs, retention: .seconds(24 * 3600), interval: .seconds(600), logger: logger)
            #expect(await retention.sweep() == 2)
            #expect(try await blobs.get(finished[0]) == nil)
            #expect(try await blobs.get(finished[1]) == nil)
            #expect(try await blobs.get(finished[2]) == [1, 2, 3], "finished less than the retention ago")
            #expect(try await blobs.get(waiting) == [1, 2, 3], "a queued document keeps its bytes however old")
            #expect(await retention.sweep() == 0)
            let record = try #require(try await store.record(id: finished[0]))
            #expect(record.status == .done || record.status == .failed, "the document and its result stay")
        }
    }
}
