import Contracts
import Foundation
import Logging

/// Creates the first admin at first start: password from the environment, or a one-time
/// random one printed once to standard output. Invariant: does nothing when an admin exists.
public struct FirstAdmin: Sendable {
    let users: any UserStore
    let hasher: PasswordHasher

    public init(users: any UserStore, hasher: PasswordHasher) {
        self.users = users
        self.hasher = hasher
    }

    public func ensure(password: String?, logger: Logger) async throws {
        guard try await users.count(role: .admin) == 0 else { return }
        let chosen = password ?? Self.randomPassword()
        let record = UserRecord(id: UUID(), username: "admin", passwordHash: try await hasher.hash(chosen), role: .admin, fullName: "Administrator")
        do {
            try await users.create(record)
        } catch UserStoreError.usernameTaken {
            return  // another replica created it first
        }
        if password == nil {
            // Written straight to the descriptor: print() is block-buffered when stdout is a pipe
            // (deploy/local/up, docker logs), so the line would appear only when the process exits.
            let line = "periksa: first admin 'admin' created with one-time password: \(chosen) (change it; it is not shown again)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        logger.notice("first admin created", metadata: ["from_environment": "\(password != nil)"])
    }

    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
    }
}
