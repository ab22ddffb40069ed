import Contracts
import FaceAuthService
import Foundation

/// A `UserStore` in memory: unique usernames, like the PostgreSQL table.
actor InMemoryUserStore: UserStore {
    private(set) var users: [String: UserRecord] = [:]

    func create(_ user: UserRecord) async throws {
        guard users[user.username] == nil else { throw UserStoreError.usernameTaken }
        users[user.username] = user
    }

    func find(username: String) async throws -> UserRecord? {
        users[username]
    }

    func count(role: Role) async throws -> Int {
        users.values.filter { $0.role == role }.count
    }
}

/// A `SigningKeyStore` in memory: at most one active key; rotation retires it now.
actor InMemorySigningKeyStore: SigningKeyStore {
    private(set) var records: [SigningKeyRecord] = []
    private(set) var created = 0

    func keys(retiredAfter cutoff: Date) async throws -> [SigningKeyRecord] {
        records.filter { $0.retiredAt.map { $0 > cutoff } ?? true }.sorted { $0.createdAt < $1.createdAt }
    }

    func activeKey(orCreate make: @Sendable () throws -> SigningKeyRecord) async throws -> SigningKeyRecord {
        if let active = records.first(where: { $0.retiredAt == nil }) { return active }
        let record = try make()
        records.append(record)
        created += 1
        return record
    }

    func rotate(to next: SigningKeyRecord) async throws -> [String] {
        let now = Date()
        var retired: [String] = []
        for index in records.indices where records[index].retiredAt == nil {
            records[index].retiredAt = now
            retired.append(records[index].kid)
        }
        records.append(next)
        return retired
    }

    /// Marks a key as retired at `date` (to simulate a key retired long ago).
    func retire(_ kid: String, at date: Date) {
        for index in records.indices where records[index].kid == kid { records[index].retiredAt = date }
    }
}
