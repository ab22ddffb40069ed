import Contracts
import Foundation
import Logging
import PostgresNIO

/// ``JobQueue`` over `ingest.documents`: claims with `FOR UPDATE SKIP LOCKED` and a lease;
/// every finishing write is conditional on still holding the lease.
public struct PostgresJobQueue: JobQueue {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func claim(worker: String, lease: Duration, maxAttempts: Int) async throws -> ClaimedJob? {
        let seconds = Double(lease.components.seconds)
        return try await client.withTransaction(logger: logger) { connection in
            try await connection.query("""
                WITH given_up AS (
                  UPDATE ingest.documents SET status = 'failed', lease_owner = NULL, updated_at = now(),
                    error = 'gave up after ' || attempts || ' attempts; the last worker stopped answering'
                  WHERE status = 'running' AND lease_expires_at < now() AND attempts >= \(maxAttempts) RETURNING id)
                UPDATE ingest.job_attempts a SET outcome = 'lease_expired', finished_at = now()
                FROM given_up WHERE a.document_id = given_up.id AND a.outcome IS NULL
                """, logger: logger)
            let rows = try await connection.query("""
                WITH next AS (
                  SELECT id FROM ingest.documents
                  WHERE (status = 'queued' AND run_after <= now())
                     OR (status = 'running' AND lease_expires_at < now() AND attempts < \(maxAttempts))
                  ORDER BY run_after, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                UPDATE ingest.documents d SET status = 'running', attempts = d.attempts + 1, lease_owner = \(worker),
                  lease_expires_at = now() + \(seconds) * interval '1 second', updated_at = now()
                FROM next WHERE d.id = next.id
                RETURNING d.id, d.type, d.owner_id, d.content_type, d.sha256, d.size, d.claimed::text, d.attempts
                """, logger: logger)
            var claimed: ClaimedJob?
            for try await (id, type, owner, contentType, sha, size, claimedText, attempts) in rows.decode(
                (UUID, String, String, String, String, Int, String?, Int).self)
            {
                let document = NewDocument(
                    id: id, type: type, ownerID: owner, contentType: contentType, sha256: sha, size: size,
                    claimed: claimedText.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) })
                claimed = ClaimedJob(document: document, attempt: attempts)
            }
            guard let claimed else { return nil }
            try await connection.query("""
                UPDATE ingest.job_attempts SET outcome = 'lease_expired', finished_at = now()
                WHERE document_id = \(claimed.document.id) AND outcome IS NULL
                """, logger: logger)
            try await connection.query("""
                INSERT INTO ingest.job_attempts (document_id, attempt, worker) VALUES (\(claimed.document.id), \(claimed.attempt), \(worker))
                """, logger: logger)
            return claimed
        }
    }

    public func renew(_ id: UUID, worker: String, lease: Duration) async throws -> Bool {
        let seconds = Double(lease.components.seconds)
        let rows = try await client.query("""
            UPDATE ingest.documents SET lease_expires_at = now() + \(seconds) * interval '1 second'
            WHERE id = \(id) AND lease_owner = \(worker) AND status = 'running' RETURNING id
            """, logger: logger)
        return try await Self.any(rows)
    }

    public func complete(_ id: UUID, worker: String, result: JSONValue) async throws -> Bool {
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        return try await finish(id, worker: worker, outcome: "done", error: nil, set: """
            UPDATE ingest.documents SET status = 'done', result = \(json)::jsonb, error = NULL, lease_owner = NULL, updated_at = now()
            WHERE id = \(id) AND lease_owner = \(worker) AND status = 'running' RETURNING id
            """)
    }

    public func fail(_ id: UUID, worker: String, reason: String, retryAfter: Duration?) async throws -> Bool {
        let reason = String(reason.prefix(500))
        if let retryAfter {
            let seconds = Double(retryAfter.components.seconds)
            return try await finish(id, worker: worker, outcome: "retry", error: reason, set: """
                UPDATE ingest.documents SET status = 'queued', error = \(reason), lease_owner = NULL, updated_at = now(),
                  run_after = now() + \(seconds) * interval '1 second'
                WHERE id = \(id) AND lease_owner = \(worker) AND status = 'running' RETURNING id
                """)
        }
        return try await finish(id, worker: worker, outcome: "failed", error: reason, set: """
            UPDATE ingest.documents SET status = 'failed', error = \(reason), lease_owner = NULL, updated_at = now()
            WHERE id = \(id) AND lease_owner = \(worker) AND status = 'running' RETURNING id
            """)
    }

    public func depth() async throws -> Int {
        let rows = try await client.query("SELECT count(*) FROM ingest.documents WHERE status IN ('queued', 'running')", logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// Applies `set` and, when it matched (the lease was still ours), closes the attempt row.
    private func finish(_ id: UUID, worker: String, outcome: String, error: String?, set: PostgresQuery) async throws -> Bool {
        try await client.withTransaction(logger: logger) { connection in
            let rows = try await connection.query(set, logger: logger)
            guard try await Self.any(rows) else { return false }
            try await connection.query("""
                UPDATE ingest.job_attempts SET outcome = \(outcome), error = \(error), finished_at = now()
                WHERE document_id = \(id) AND worker = \(worker) AND outcome IS NULL
                """, logger: logger)
            return true
        }
    }

    private static func any(_ rows: PostgresRowSequence) async throws -> Bool {
        var found = false
        for try await _ in rows { found = true }
        return found
    }
}
