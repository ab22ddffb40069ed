import Foundation
import ServiceKit
import Synchronization

/// Remembers tokens whose signature was already verified, until they expire, so a busy caller
/// pays for ES256 verification once per token instead of once per request. Invariants: an
/// entry is never used past its token's `exp`; the cache is bounded (cleared when full).
public final class VerifiedTokenCache: Sendable {
    private struct Entry { var identity: Identity; var expires: Date }
    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    public init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    public func identity(for token: String, now: Date = Date()) -> Identity? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            if entry.expires <= now {
                entries[token] = nil
                return nil
            }
            return entry.identity
        }
    }

    public func remember(_ token: String, identity: Identity, expires: Date) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(identity: identity, expires: expires)
        }
    }
}
