import Contracts
import Foundation
import Logging
import PostgresNIO

/// ``DocumentStore`` in ingest's PostgreSQL schema. A document row is also its job row.
public struct PostgresDocumentStore: DocumentStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func accept(_ document: NewDocument) async throws {
        let claimed = try document.claimed.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try await client.query("""
            INSERT INTO ingest.documents (id, type, owner_id, content_type, sha256, size, claimed)
            VALUES (\(document.id), \(document.type), \(document.ownerID), \(document.contentType),
                    \(document.sha256), \(document.size), \(claimed)::jsonb)
            """, logger: logger)
    }

    public func record(id: UUID) async throws -> DocumentRecord? {
        let rows = try await client.query("""
            SELECT type, owner_id, content_type, sha256, size, claimed::text, status, result::text, error
            FROM ingest.documents WHERE id = \(id)
            """, logger: logger)
        var found: DocumentRecord?
        for try await (type, owner, contentType, sha, size, claimed, status, result, error) in rows.decode(
            (String, String, String, String, Int, String?, String, String?, String?).self)
        {
            let document = NewDocument(
                id: id, type: type, ownerID: owner, contentType: contentType, sha256: sha, size: size,
                claimed: try claimed.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) })
            found = DocumentRecord(
                document: document, status: DocumentState(rawValue: status) ?? .queued,
                result: try result.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }, error: error, attempts: [])
        }
        guard var record = found else { return nil }
        let attempts = try await client.query(
            "SELECT attempt, coalesce(outcome, 'running'), error FROM ingest.job_attempts WHERE document_id = \(id) ORDER BY attempt",
            logger: logger)
        for try await (attempt, outcome, error) in attempts.decode((Int, String, String?).self) {
            record.attempts.append(JobAttempt(attempt: attempt, outcome: outcome, error: error))
        }
        return record
    }
}
