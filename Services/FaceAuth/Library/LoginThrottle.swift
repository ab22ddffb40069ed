import Foundation

/// Slows password guessing: after `allowed` failures for one username within `window`, further
/// attempts are refused until the window passes. Per process; each replica guards itself.
public actor LoginThrottle {
    private let allowed: Int
    private let window: Duration
    private var failures: [String: [ContinuousClock.Instant]] = [:]

    public init(allowed: Int, window: Duration = .seconds(300)) {
        self.allowed = allowed
        self.window = window
    }

    public func isBlocked(_ username: String) -> Bool {
        prune(username)
        return (failures[username]?.count ?? 0) >= allowed
    }

    public func recordFailure(_ username: String) {
        prune(username)
        failures[username, default: []].append(.now)
        if failures.count > 100_000 { failures.removeAll() }
    }

    public func recordSuccess(_ username: String) {
        failures[username] = nil
    }

    private func prune(_ username: String) {
        let now = ContinuousClock.now
        failures[username]?.removeAll { now - $0 > window }
        if failures[username]?.isEmpty == true { failures[username] = nil }
    }
}
