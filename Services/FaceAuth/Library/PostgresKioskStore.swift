import Foundation
import Logging
import NIOCore
import PostgresNIO

/// ``KioskStore`` in face-auth's schema.
public struct PostgresKioskStore: KioskStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func create(_ kiosk: KioskRecord) async throws {
        try await client.query("""
            INSERT INTO face_auth.kiosks (id, name, secret_hash) VALUES (\(kiosk.id), \(kiosk.name), \(ByteBuffer(bytes: kiosk.secretHash)))
            """, logger: logger)
    }

    public func find(id: UUID) async throws -> KioskRecord? {
        let rows = try await client.query(
            "SELECT id, name, secret_hash, disabled_at IS NOT NULL FROM face_auth.kiosks WHERE id = \(id)", logger: logger)
        for try await (id, name, hash, disabled) in rows.decode((UUID, String, ByteBuffer, Bool).self) {
            return KioskRecord(id: id, name: name, secretHash: Array(buffer: hash), disabled: disabled)
        }
        return nil
    }
}
