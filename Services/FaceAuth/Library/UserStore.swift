import Contracts
import Foundation

/// A stored user. `passwordHash` never leaves face-auth.
public struct UserRecord: Sendable, Equatable {
    public var id: UUID
    public var username: String
    public var passwordHash: String
    public var role: Role
    public var fullName: String

    public init(id: UUID, username: String, passwordHash: String, role: Role, fullName: String) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
        self.fullName = fullName
    }
}

/// Where users live. Invariant: usernames are unique; ``create(_:)`` throws
/// ``UserStoreError/usernameTaken`` rather than overwrite.
public protocol UserStore: Sendable {
    func create(_ user: UserRecord) async throws
    func find(username: String) async throws -> UserRecord?
    func count(role: Role) async throws -> Int
}

public enum UserStoreError: Error, Equatable {
    case usernameTaken
}
