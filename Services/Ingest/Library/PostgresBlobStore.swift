import Foundation
import Logging
import NIOCore
import PostgresNIO

/// ``BlobStore`` in ingest's PostgreSQL schema (bytea rows).
public struct PostgresBlobStore: BlobStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func put(_ id: UUID, bytes: [UInt8]) async throws {
        try await client.query(
            "INSERT INTO ingest.blobs (document_id, bytes) VALUES (\(id), \(ByteBuffer(bytes: bytes)))", logger: logger)
    }

    public func purge(finishedBefore cutoff: Date) async throws -> Int {
        let rows = try await client.query("""
            DELETE FROM ingest.blobs b USING ingest.documents d
            WHERE b.document_id = d.id AND d.status IN ('done', 'failed') AND d.updated_at < \(cutoff)
            RETURNING 1
            """, logger: logger)
        var count = 0
        for try await _ in rows { count += 1 }
        return count
    }

    public func get(_ id: UUID) async throws -> [UInt8]? {
        let rows = try await client.query("SELECT bytes FROM ingest.blobs WHERE document_id = \(id)", logger: logger)
        for try await buffer in rows.decode(ByteBuffer.self) { return [UInt8](buffer: buffer) }
        return nil
    }
}
