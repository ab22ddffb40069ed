import Foundation
import ServiceKit
import Testing
@testable import Tokens

struct VerifiedTokenCacheTests {
    let identity = Identity(userID: "u", username: "bob", role: .employee)

    @Test func remembersUntilExpiry() {
        let cache = VerifiedTokenCache()
        let now = Date()
        cache.remember("t", identity: identity, expires: now.addingTimeInterval(60))
        #expect(cache.identity(for: "t", now: now) == identity)
        #expect(cache.identity(for: "other", now: now) == nil)
        #expect(cache.identity(for: "t", now: now.addingTimeInterval(61)) == nil)
        #expect(cache.identity(for: "t", now: now) == nil)
    }

    @Test func staysBounded() {
        let cache = VerifiedTokenCache(capacity: 2)
        let later = Date().addingTimeInterval(60)
        for token in ["a", "b", "c"] { cache.remember(token, identity: identity, expires: later) }
        #expect(cache.identity(for: "a") == nil)
        #expect(cache.identity(for: "c") == identity)
    }
}
