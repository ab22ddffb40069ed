import Testing
@testable import IngestService

/// Exponential waits between attempts, capped, and none after the last attempt.
struct BackoffPolicyTests {
    @Test func doublesFromTheBase() {
        let policy = BackoffPolicy(base: .seconds(2), cap: .seconds(300), maxAttempts: 6)
        #expect((1...5).map { policy.delay(after: $0) } == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(32)])
    }

    @Test func stopsAfterTheLastAttempt() {
        let policy = BackoffPolicy(base: .seconds(1), maxAttempts: 3)
        #expect(policy.delay(after: 2) != nil)
        #expect(policy.delay(after: 3) == nil)
        #expect(policy.delay(after: 4) == nil)
        #expect(BackoffPolicy(base: .seconds(1), maxAttempts: 1).delay(after: 1) == nil, "one attempt means no retry")
    }

    @Test func isCapped() {
        let policy = BackoffPolicy(base: .seconds(10), cap: .seconds(60), maxAttempts: 1000)
        #expect(policy.delay(after: 3) == .seconds(40))
        #expect(policy.delay(after: 4) == .seconds(60))
        #expect(policy.delay(after: 999) == .seconds(60), "huge attempt numbers neither overflow nor exceed the cap")
    }

    @Test func nonPositiveAttemptsWaitTheBase() {
        let policy = BackoffPolicy(base: .milliseconds(250), maxAttempts: 5)
        #expect(policy.delay(after: 0) == .milliseconds(250))
        #expect(policy.delay(after: -3) == .milliseconds(250))
    }
}
