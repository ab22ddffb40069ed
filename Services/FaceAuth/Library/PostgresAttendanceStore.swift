import Contracts
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// ``AttendanceStore`` and ``SeenImageStore`` in face-auth's schema. A check-in locks the user
/// (transaction-scoped advisory lock on the user id) while it reads the last event and writes.
public struct PostgresAttendanceStore: AttendanceStore, SeenImageStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func checkIn(userID: UUID, day: String, at: Date, distance: Double, kiosk: UUID?,
                        decide: @Sendable (AttendanceEntry?) -> CheckInDecision) async throws -> (AttendanceEntry, recorded: Bool) {
        try await client.withTransaction(logger: logger) { connection in
            let key = userID.uuidString.lowercased()
            try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\(key), 5))", logger: logger)
            let rows = try await connection.query("""
                SELECT event, at, distance FROM face_auth.attendance
                WHERE user_id = \(userID) AND day = \(day)::date ORDER BY at DESC, id DESC LIMIT 1
                """, logger: logger)
            var last: AttendanceEntry?
            for try await (event, when, distance) in rows.decode((String, Date, Double).self) {
                last = AttendanceEvent(rawValue: event).map { AttendanceEntry(userID: userID, event: $0, at: when, distance: distance) }
            }
            switch decide(last) {
            case .repeated(let entry):
                return (entry, false)
            case .record(let event):
                try await connection.query("""
                    INSERT INTO face_auth.attendance (user_id, event, at, day, distance, kiosk_id)
                    VALUES (\(userID), \(event.rawValue), \(at), \(day)::date, \(distance), \(kiosk))
                    """, logger: logger)
                return (AttendanceEntry(userID: userID, event: event, at: at, distance: distance), true)
            }
        }
    }

    public func list(_ query: AttendanceQuery) async throws -> [AttendanceEntry] {
        let rows = try await client.query("""
            SELECT user_id, event, at, distance FROM face_auth.attendance
            WHERE at >= \(query.from) AND at < \(query.to) AND (\(query.userID)::uuid IS NULL OR user_id = \(query.userID))
            ORDER BY at, id LIMIT \(query.limit)
            """, logger: logger)
        var entries: [AttendanceEntry] = []
        for try await (user, event, at, distance) in rows.decode((UUID, String, Date, Double).self) {
            if let event = AttendanceEvent(rawValue: event) { entries.append(AttendanceEntry(userID: user, event: event, at: at, distance: distance)) }
        }
        return entries
    }

    public func claim(_ digest: [UInt8], at: Date) async throws -> Bool {
        let rows = try await client.query("""
            INSERT INTO face_auth.seen_images (digest, seen_at) VALUES (\(ByteBuffer(bytes: digest)), \(at))
            ON CONFLICT (digest) DO NOTHING RETURNING 1
            """, logger: logger)
        for try await _ in rows { return true }
        return false
    }

    public func forget(before cutoff: Date) async throws {
        try await client.query("DELETE FROM face_auth.seen_images WHERE seen_at < \(cutoff)", logger: logger)
    }
}
