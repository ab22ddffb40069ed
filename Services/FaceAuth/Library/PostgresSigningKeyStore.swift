import Foundation
import Logging
import PostgresNIO

/// ``SigningKeyStore`` in face-auth's PostgreSQL schema; creation and rotation hold a
/// transaction-scoped advisory lock so two replicas never make two active keys.
public struct PostgresSigningKeyStore: SigningKeyStore {
    let client: PostgresClient
    let logger: Logger
    static let lockKey: Int64 = 0x5045_524B_5341_4B59  // "PERKSAKY"

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func keys(retiredAfter cutoff: Date) async throws -> [SigningKeyRecord] {
        let rows = try await client.query("""
            SELECT kid, private_pem, created_at, retired_at FROM face_auth.signing_keys
            WHERE retired_at IS NULL OR retired_at > \(cutoff) ORDER BY created_at
            """, logger: logger)
        var records: [SigningKeyRecord] = []
        for try await (kid, pem, created, retired) in rows.decode((String, String, Date, Date?).self) {
            records.append(SigningKeyRecord(kid: kid, privatePEM: pem, createdAt: created, retiredAt: retired))
        }
        return records
    }

    public func activeKey(orCreate make: @Sendable () throws -> SigningKeyRecord) async throws -> SigningKeyRecord {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            let rows = try await connection.query(
                "SELECT kid, private_pem, created_at FROM face_auth.signing_keys WHERE retired_at IS NULL", logger: logger)
            for try await (kid, pem, created) in rows.decode((String, String, Date).self) {
                return SigningKeyRecord(kid: kid, privatePEM: pem, createdAt: created, retiredAt: nil)
            }
            let record = try make()
            try await connection.query(
                "INSERT INTO face_auth.signing_keys (kid, private_pem) VALUES (\(record.kid), \(record.privatePEM))", logger: logger)
            return record
        }
    }

    public func rotate(to next: SigningKeyRecord) async throws -> [String] {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            let rows = try await connection.query(
                "UPDATE face_auth.signing_keys SET retired_at = now() WHERE retired_at IS NULL RETURNING kid", logger: logger)
            var retired: [String] = []
            for try await kid in rows.decode(String.self) { retired.append(kid) }
            try await connection.query(
                "INSERT INTO face_auth.signing_keys (kid, private_pem) VALUES (\(next.kid), \(next.privatePEM))", logger: logger)
            return retired
        }
    }
}
