/// When to try a failed job again: exponential from `base`, capped, and never after `maxAttempts`.
public struct BackoffPolicy: Sendable, Equatable {
    public var base: Duration
    public var cap: Duration
    public var maxAttempts: Int

    public init(base: Duration, cap: Duration = .seconds(300), maxAttempts: Int) {
        self.base = base
        self.cap = cap
        self.maxAttempts = maxAttempts
    }

    /// The wait before attempt `attempt + 1`, or nil when `attempt` was the last allowed.
    public func delay(after attempt: Int) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        let factor = 1 << min(max(attempt - 1, 0), 16)
        return min(base * factor, cap)
    }
}
