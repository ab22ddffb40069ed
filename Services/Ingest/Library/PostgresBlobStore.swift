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

    public func get(_ id: UUID) async throws -> [UInt8]? {
        let rows = try await client.query("SELECT bytes FROM ingest.blobs WHERE document_id = \(id)", logger: logger)
        for try await buffer in rows.decode(ByteBuffer.self) { return [UInt8](buffer: buffer) }
        return nil
    }
}
