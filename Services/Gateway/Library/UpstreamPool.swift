import Synchronization

/// The replicas of one upstream, chosen round-robin, skipping replicas whose circuit is open.
/// Invariant: after `failureThreshold` consecutive failures a replica is skipped for
/// `openDuration`, then tried again; if every circuit is open, replicas are still tried (so a
/// recovered service is found) rather than failing without a call.
public final class UpstreamPool: Sendable {
    public let urls: [String]
    let failureThreshold: Int
    let openDuration: Duration
    private let state: Mutex<State>

    struct State {
        var next = 0
        var failures: [Int]
        var openUntil: [ContinuousClock.Instant?]
    }

    public init(urls: [String], failureThreshold: Int = 5, openDuration: Duration = .seconds(10)) {
        self.urls = urls.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.failureThreshold = failureThreshold
        self.openDuration = openDuration
        self.state = Mutex(State(failures: Array(repeating: 0, count: urls.count), openUntil: Array(repeating: nil, count: urls.count)))
    }

    /// Replica indices to try, in order, for one request.
    public func order() -> [Int] {
        guard !urls.isEmpty else { return [] }
        let now = ContinuousClock.now
        return state.withLock { state in
            let start = state.next
            state.next = (state.next + 1) % urls.count
            let rotation = (0..<urls.count).map { (start + $0) % urls.count }
            let closed = rotation.filter { state.openUntil[$0].map { now >= $0 } ?? true }
            return closed.isEmpty ? rotation : closed + rotation.filter { !closed.contains($0) }
        }
    }

    public func recordSuccess(_ index: Int) {
        state.withLock { state in
            state.failures[index] = 0
            state.openUntil[index] = nil
        }
    }

    public func recordFailure(_ index: Int) {
        let now = ContinuousClock.now
        state.withLock { state in
            state.failures[index] += 1
            if state.failures[index] >= failureThreshold { state.openUntil[index] = now + openDuration }
        }
    }

    /// How many replicas currently have an open circuit (exported as a gauge).
    public var openCircuits: Int {
        let now = ContinuousClock.now
        return state.withLock { $0.openUntil.filter { $0.map { now < $0 } ?? false }.count }
    }
}
