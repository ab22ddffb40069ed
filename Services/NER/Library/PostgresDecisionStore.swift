import Contracts
import Foundation
import Logging
import PostgresNIO

/// ``DecisionStore`` on PostgreSQL (`ner.decisions`).
public struct PostgresDecisionStore: DecisionStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func record(_ d: DecisionRecord) async throws {
        let fields = String(decoding: try JSONEncoder().encode(d.validation.fields), as: UTF8.self)
        let reasons = String(decoding: try JSONEncoder().encode(d.validation.reasons), as: UTF8.self)
        try await client.query("""
            INSERT INTO ner.decisions (id, decided_at, user_id, username, role, source, input_sha256, proposal_sha256,
              model_version, decision, similarity, fields, reasons, request_id)
            VALUES (\(d.id), \(d.decidedAt), \(d.caller.userID), \(d.caller.username), \(d.caller.role), \(d.source),
              \(d.inputSHA256), \(d.proposalSHA256), \(d.modelVersion), \(d.validation.decision.rawValue),
              \(d.validation.similarity), \(fields)::jsonb, \(reasons)::jsonb, \(d.requestID))
            """, logger: logger)
    }

    public func decision(id: UUID) async throws -> DecisionRecord? {
        let rows = try await client.query("""
            SELECT decided_at, user_id, username, role, source, input_sha256, proposal_sha256, model_version, decision,
              similarity, fields::text, reasons::text, request_id
            FROM ner.decisions WHERE id = \(id)
            """, logger: logger)
        for try await (at, user, name, role, source, input, proposal, model, decision, similarity, fields, reasons, request)
            in rows.decode((Date, String, String?, String?, String, String, String, String, String, Double, String, String, String).self) {
            let validation = SKValidation(
                fields: try JSONDecoder().decode([FieldComparison].self, from: Data(fields.utf8)), similarity: similarity,
                decision: SKDecision(rawValue: decision) ?? .review,
                reasons: try JSONDecoder().decode([String].self, from: Data(reasons.utf8)))
            return DecisionRecord(
                id: id, decidedAt: at, caller: Caller(userID: user, username: name, role: role), source: source,
                inputSHA256: input, proposalSHA256: proposal, modelVersion: model, validation: validation, requestID: request)
        }
        return nil
    }
}
