import Contracts
import Foundation
import Logging
import PostgresNIO

/// ``ApplicationStore`` in ingest's PostgreSQL schema. An application's verification is its
/// `khs` document's result, read through a join, so it is stored once.
public struct PostgresApplicationStore: ApplicationStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func submit(_ application: NewApplication, document: NewDocument) async throws -> SubmissionOutcome {
        let claimed = try document.claimed.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        do {
            // One statement: a refused application leaves no queued document behind.
            try await client.query("""
                WITH queued AS (
                  INSERT INTO ingest.documents (id, type, owner_id, content_type, sha256, size, claimed)
                  VALUES (\(document.id), \(document.type), \(document.ownerID), \(document.contentType),
                          \(document.sha256), \(document.size), \(claimed)::jsonb)
                  RETURNING id)
                INSERT INTO ingest.applications (id, recruitment_id, applicant_id, document_id)
                SELECT \(application.id), \(application.recruitmentID), \(application.applicantID), queued.id FROM queued
                """, logger: logger)
            return .submitted
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            return .duplicate
        }
    }

    public func application(id: UUID) async throws -> ApplicationRecord? {
        try await read("a.id = $1", id).first
    }

    public func applications(recruitment: UUID) async throws -> [ApplicationRecord] {
        try await read("a.recruitment_id = $1", recruitment)
    }

    public func applications(applicant: String) async throws -> [ApplicationRecord] {
        try await read("a.applicant_id = $1", applicant)
    }

    public func hasApplied(_ applicant: String, to recruitment: UUID) async throws -> Bool {
        let rows = try await client.query(
            "SELECT 1 FROM ingest.applications WHERE recruitment_id = \(recruitment) AND applicant_id = \(applicant)", logger: logger)
        for try await _ in rows { return true }
        return false
    }

    public func decide(_ id: UUID, _ decision: ApplicationDecisionValue, note: String?, by: String, at: Date) async throws -> DecisionOutcome {
        let logger = logger
        return try await client.withTransaction(logger: logger) { connection in
            var recruitment: UUID?
            var current: String?
            for try await (found, previous) in try await connection.query(
                "SELECT recruitment_id, decision FROM ingest.applications WHERE id = \(id) FOR UPDATE", logger: logger
            ).decode((UUID, String?).self) {
                recruitment = found
                current = previous
            }
            guard let recruitment else { return .notFound }
            if decision == .accepted, current != ApplicationDecisionValue.accepted.rawValue {
                // The recruitment row is the lock every acceptance for it takes, one after another;
                // the count is a separate statement so that it sees the acceptances committed
                // while this one waited (a statement's snapshot predates its lock wait).
                var quota = 0
                for try await value in try await connection.query(
                    "SELECT quota FROM ingest.recruitments WHERE id = \(recruitment) FOR UPDATE", logger: logger
                ).decode(Int.self) { quota = value }
                var accepted = 0
                for try await value in try await connection.query(
                    "SELECT count(*)::integer FROM ingest.applications WHERE recruitment_id = \(recruitment) AND decision = 'accepted'",
                    logger: logger
                ).decode(Int.self) { accepted = value }
                if accepted >= quota { return .quotaFull }
            }
            try await connection.query("""
                UPDATE ingest.applications SET decision = \(decision.rawValue), decision_note = \(note),
                  decided_by = \(by), decided_at = \(at) WHERE id = \(id)
                """, logger: logger)
            try await connection.query("""
                INSERT INTO ingest.application_decisions (application_id, decision, note, decided_by, decided_at)
                VALUES (\(id), \(decision.rawValue), \(note), \(by), \(at))
                """, logger: logger)
            return .recorded
        }
    }

    private func read(_ condition: String, _ value: some PostgresEncodable & Sendable) async throws -> [ApplicationRecord] {
        var binds = PostgresBindings()
        try binds.append(value)
        let rows = try await client.query(PostgresQuery(unsafeSQL: """
            SELECT a.id, a.recruitment_id, a.applicant_id, a.document_id, a.submitted_at, d.status, d.result::text, d.error,
                   a.decision, a.decision_note, a.decided_by, a.decided_at
            FROM ingest.applications a JOIN ingest.documents d ON d.id = a.document_id
            WHERE \(condition) ORDER BY a.submitted_at
            """, binds: binds), logger: logger)
        var found: [ApplicationRecord] = []
        for try await row in rows.decode((UUID, UUID, String, UUID, Date, String, String?, String?, String?, String?, String?, Date?).self) {
            let (id, recruitment, applicant, document, submitted, status, result, error, decision, note, decidedBy, decidedAt) = row
            var decided: ApplicationDecision?
            if let value = decision.flatMap(ApplicationDecisionValue.init(rawValue:)), let decidedBy, let decidedAt {
                decided = ApplicationDecision(decision: value, note: note, decidedBy: decidedBy, decidedAt: ISOTime.string(decidedAt))
            }
            found.append(ApplicationRecord(
                application: NewApplication(id: id, recruitmentID: recruitment, applicantID: applicant, documentID: document),
                submittedAt: submitted, documentState: DocumentState(rawValue: status) ?? .queued,
                result: try result.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }, error: error,
                decision: decided))
        }
        return found
    }
}
