import Foundation
import Logging
import NIOCore
import PostgresNIO

/// ``FaceTemplateStore`` in face-auth's schema. Inserts hold a transaction-scoped advisory lock,
/// so sequence numbers become visible in order and an index's "after N" delta never skips one.
public struct PostgresFaceTemplateStore: FaceTemplateStore {
    let client: PostgresClient
    let logger: Logger
    static let lockKey: Int64 = 0x5045_524B_4641_4345  // "PERKFACE"

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func userExists(_ userID: UUID) async throws -> Bool {
        let rows = try await client.query("SELECT 1 FROM face_auth.users WHERE id = \(userID)", logger: logger)
        for try await _ in rows { return true }
        return false
    }

    public func add(userID: UUID, descriptors: [FaceDescriptor], images: [EnrollmentImage]?) async throws -> [FaceTemplate] {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            var stored: [FaceTemplate] = []
            for (offset, descriptor) in descriptors.enumerated() {
                let id = UUID()
                let rows = try await connection.query("""
                    INSERT INTO face_auth.face_templates (id, user_id, descriptor)
                    VALUES (\(id), \(userID), \(ByteBuffer(bytes: descriptor.bytes))) RETURNING seq
                    """, logger: logger)
                for try await sequence in rows.decode(Int64.self) {
                    stored.append(FaceTemplate(id: id, userID: userID, descriptor: descriptor, sequence: sequence))
                }
                if let image = images?[offset] {
                    try await connection.query("""
                        INSERT INTO face_auth.face_images (template_id, media_type, bytes, keep_until)
                        VALUES (\(id), \(image.mediaType), \(ByteBuffer(bytes: image.bytes)), \(image.keepUntil))
                        """, logger: logger)
                }
            }
            return stored
        }
    }

    public func templates(of userID: UUID) async throws -> [FaceTemplate] {
        try await decode(client.query(
            "SELECT id, user_id, descriptor, seq FROM face_auth.face_templates WHERE user_id = \(userID) ORDER BY seq", logger: logger))
    }

    public func templates(after sequence: Int64, limit: Int) async throws -> [FaceTemplate] {
        try await decode(client.query("""
            SELECT id, user_id, descriptor, seq FROM face_auth.face_templates WHERE seq > \(sequence) ORDER BY seq LIMIT \(limit)
            """, logger: logger))
    }

    public func latestSequences() async throws -> FaceSequences {
        let rows = try await client.query("""
            SELECT (SELECT coalesce(max(seq), 0) FROM face_auth.face_templates)::bigint,
                   (SELECT coalesce(max(seq), 0) FROM face_auth.face_erasures)::bigint
            """, logger: logger)
        for try await (templates, erasures) in rows.decode((Int64, Int64).self) { return FaceSequences(templates: templates, erasures: erasures) }
        return FaceSequences(templates: 0, erasures: 0)
    }

    /// Under the insert lock, so no enrollment of the same user interleaves with the erasure.
    public func erase(userID: UUID) async throws -> Int {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            let rows = try await connection.query("DELETE FROM face_auth.face_templates WHERE user_id = \(userID) RETURNING seq", logger: logger)
            var sequences: [Int64] = []
            for try await sequence in rows.decode(Int64.self) { sequences.append(sequence) }
            guard let upTo = sequences.max() else { return 0 }
            try await connection.query("INSERT INTO face_auth.face_erasures (user_id, up_to) VALUES (\(userID), \(upTo))", logger: logger)
            return sequences.count
        }
    }

    public func erasures(after sequence: Int64) async throws -> [FaceErasure] {
        let rows = try await client.query(
            "SELECT seq, user_id, up_to FROM face_auth.face_erasures WHERE seq > \(sequence) ORDER BY seq", logger: logger)
        var erasures: [FaceErasure] = []
        for try await (seq, user, upTo) in rows.decode((Int64, UUID, Int64).self) { erasures.append(FaceErasure(sequence: seq, userID: user, upTo: upTo)) }
        return erasures
    }

    public func deleteExpiredImages(now: Date) async throws -> Int {
        let rows = try await client.query("DELETE FROM face_auth.face_images WHERE keep_until <= \(now) RETURNING 1", logger: logger)
        var count = 0
        for try await _ in rows { count += 1 }
        return count
    }

    private func decode(_ rows: PostgresRowSequence) async throws -> [FaceTemplate] {
        var templates: [FaceTemplate] = []
        for try await (id, user, bytes, sequence) in rows.decode((UUID, UUID, ByteBuffer, Int64).self) {
            guard let descriptor = FaceDescriptor(bytes: Array(buffer: bytes)) else { continue }
            templates.append(FaceTemplate(id: id, userID: user, descriptor: descriptor, sequence: sequence))
        }
        return templates
    }
}
