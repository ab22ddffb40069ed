import Contracts
import Foundation
import Logging
import PostgresNIO

/// ``UserStore`` in face-auth's PostgreSQL schema.
public struct PostgresUserStore: UserStore {
    let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    public func create(_ user: UserRecord) async throws {
        let rows = try await client.query("""
            INSERT INTO face_auth.users (id, username, password_hash, role, full_name)
            VALUES (\(user.id), \(user.username), \(user.passwordHash), \(user.role.rawValue), \(user.fullName))
            ON CONFLICT (username) DO NOTHING RETURNING id
            """, logger: logger)
        var inserted = false
        for try await _ in rows { inserted = true }
        if !inserted { throw UserStoreError.usernameTaken }
    }

    public func find(username: String) async throws -> UserRecord? {
        let rows = try await client.query(
            "SELECT id, username, password_hash, role, full_name FROM face_auth.users WHERE username = \(username)",
            logger: logger)
        for try await (id, name, hash, role, fullName) in rows.decode((UUID, String, String, String, String).self) {
            guard let role = Role(rawValue: role) else { continue }
            return UserRecord(id: id, username: name, passwordHash: hash, role: role, fullName: fullName)
        }
        return nil
    }

    public func count(role: Role) async throws -> Int {
        let rows = try await client.query("SELECT count(*) FROM face_auth.users WHERE role = \(role.rawValue)", logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
