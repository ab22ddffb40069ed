import Foundation

/// A stored ES256 signing key. `retiredAt` is nil for the key that signs new tokens.
public struct SigningKeyRecord: Sendable, Equatable {
    public var kid: String
    public var privatePEM: String
    public var createdAt: Date
    public var retiredAt: Date?

    public init(kid: String, privatePEM: String, createdAt: Date, retiredAt: Date?) {
        self.kid = kid
        self.privatePEM = privatePEM
        self.createdAt = createdAt
        self.retiredAt = retiredAt
    }
}

/// Where signing keys live, shared by every face-auth replica.
/// Invariant: at most one key is active (not retired) at a time.
public protocol SigningKeyStore: Sendable {
    /// Keys that are active or were retired after `cutoff` (their tokens may still be alive).
    func keys(retiredAfter cutoff: Date) async throws -> [SigningKeyRecord]
    /// The active key, creating it with `make` when there is none (atomic across replicas).
    func activeKey(orCreate make: @Sendable () throws -> SigningKeyRecord) async throws -> SigningKeyRecord
    /// Retires the active key and stores `next` as the new active key, atomically.
    func rotate(to next: SigningKeyRecord) async throws -> [String]
}
