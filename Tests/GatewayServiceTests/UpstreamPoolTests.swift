import Testing
@testable import GatewayService

struct UpstreamPoolTests {
    @Test func roundRobinRotatesTheStart() {
        let pool = UpstreamPool(urls: ["http://a", "http://b/", "http://c"])
        #expect(pool.urls == ["http://a", "http://b", "http://c"])
        #expect(pool.order() == [0, 1, 2])
        #expect(pool.order() == [1, 2, 0])
        #expect(pool.order() == [2, 0, 1])
        #expect(pool.order() == [0, 1, 2])
    }

    @Test func emptyPoolHasNothingToTry() {
        #expect(UpstreamPool(urls: []).order().isEmpty)
    }

    @Test func circuitOpensAfterTheThresholdAndRecovers() async throws {
        let pool = UpstreamPool(urls: ["http://a", "http://b", "http://c"], failureThreshold: 3, openDuration: .milliseconds(50))
        pool.recordFailure(0)
        pool.recordFailure(0)
        #expect(pool.openCircuits == 0)
        #expect(pool.order() == [0, 1, 2])
        pool.recordFailure(0)
        #expect(pool.openCircuits == 1)
        for _ in 0..<6 {
            let order = pool.order()
            #expect(order.count == 3)
            #expect(order.last == 0, "an open replica is tried only after the healthy ones")
        }
        try await Task.sleep(for: .milliseconds(120))
        #expect(pool.openCircuits == 0)
        let starts = (0..<3).map { _ in pool.order().first }
        #expect(starts.contains(0), "after openDuration the replica is back in rotation")
    }

    @Test func failuresMustBeConsecutive() {
        let pool = UpstreamPool(urls: ["http://a", "http://b"], failureThreshold: 2, openDuration: .seconds(60))
        pool.recordFailure(1)
        pool.recordSuccess(1)
        pool.recordFailure(1)
        #expect(pool.openCircuits == 0)
        pool.recordFailure(1)
        #expect(pool.openCircuits == 1)
        pool.recordSuccess(1)
        #expect(pool.openCircuits == 0)
    }

    @Test func everyReplicaIsStillTriedWhenAllCircuitsAreOpen() {
        let pool = UpstreamPool(urls: ["http://a", "http://b"], failureThreshold: 1, openDuration: .seconds(60))
        pool.recordFailure(0)
        pool.recordFailure(1)
        #expect(pool.openCircuits == 2)
        #expect(Set(pool.order()) == [0, 1])
        #expect(pool.order().count == 2)
    }
}
