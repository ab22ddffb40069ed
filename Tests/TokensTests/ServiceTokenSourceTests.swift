import Contracts
import Logging
import Synchronization
import Testing
@testable import Tokens

/// Counts trades with the issuer and answers tokens `t1`, `t2`, … living `lifetime` seconds.
final class CountingIssuer: Sendable {
    let trades = Mutex(0)
    let lifetime: Int
    let delay: Duration
    init(lifetime: Int = 600, delay: Duration = .zero) {
        self.lifetime = lifetime
        self.delay = delay
    }

    func source() -> ServiceTokenSource {
        ServiceTokenSource(logger: Logger(label: "test")) { [self] in
            let number = trades.withLock { count -> Int in
                count += 1
                return count
            }
            if delay > .zero { try await Task.sleep(for: delay) }
            return TokenResponse(accessToken: "t\(number)", expiresIn: lifetime)
        }
    }
}

struct ServiceTokenSourceTests {
    @Test func aLiveTokenIsReusedAndADiscardedOneReplaced() async throws {
        let issuer = CountingIssuer()
        let source = issuer.source()
        #expect(try await source.bearer() == "t1")
        #expect(try await source.bearer() == "t1")
        await source.discard("t0")
        #expect(try await source.bearer() == "t1", "discarding another token changes nothing")
        await source.discard("t1")
        #expect(try await source.bearer() == "t2")
        #expect(issuer.trades.withLock { $0 } == 2)
    }

    @Test func aTokenNearItsEndIsRenewed() async throws {
        let issuer = CountingIssuer(lifetime: 1)
        let source = issuer.source()
        #expect(try await source.bearer() == "t1")
        #expect(try await source.bearer() == "t2")
    }

    @Test func concurrentCallersShareOneTrade() async throws {
        let issuer = CountingIssuer(delay: .milliseconds(100))
        let source = issuer.source()
        let tokens = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await source.bearer() } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(tokens == ["t1"])
        #expect(issuer.trades.withLock { $0 } == 1)
    }

    @Test func aFailedTradeIsTriedAgainNextTime() async throws {
        struct Refused: Error {}
        let attempts = Mutex(0)
        let source = ServiceTokenSource(logger: Logger(label: "test")) {
            let attempt = attempts.withLock { count -> Int in
                count += 1
                return count
            }
            if attempt == 1 { throw Refused() }
            return TokenResponse(accessToken: "ok", expiresIn: 600)
        }
        await #expect(throws: Refused.self) { try await source.bearer() }
        #expect(try await source.bearer() == "ok")
    }
}
