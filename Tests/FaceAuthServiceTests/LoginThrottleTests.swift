import Testing
@testable import FaceAuthService

struct LoginThrottleTests {
    @Test func blocksAfterTheAllowedFailures() async {
        let throttle = LoginThrottle(allowed: 3)
        for _ in 0..<2 { await throttle.recordFailure("budi") }
        #expect(await throttle.isBlocked("budi") == false)
        await throttle.recordFailure("budi")
        #expect(await throttle.isBlocked("budi"))
        #expect(await throttle.isBlocked("ani") == false)
    }

    @Test func successClearsTheFailures() async {
        let throttle = LoginThrottle(allowed: 2)
        await throttle.recordFailure("budi")
        await throttle.recordFailure("budi")
        #expect(await throttle.isBlocked("budi"))
        await throttle.recordSuccess("budi")
        #expect(await throttle.isBlocked("budi") == false)
        await throttle.recordFailure("budi")
        #expect(await throttle.isBlocked("budi") == false)
    }

    @Test func failuresExpireAfterTheWindow() async throws {
        let throttle = LoginThrottle(allowed: 1, window: .milliseconds(50))
        await throttle.recordFailure("budi")
        #expect(await throttle.isBlocked("budi"))
        try await Task.sleep(for: .milliseconds(120))
        #expect(await throttle.isBlocked("budi") == false)
    }
}
