/// One dependency `/readyz` asks about (the database, an upstream). Invariant: `check` is
/// quick (bounded by its own timeout) and answers rather than throws.
public struct ReadinessCheck: Sendable {
    public var name: String
    public var check: @Sendable () async -> Bool

    public init(name: String, check: @escaping @Sendable () async -> Bool) {
        self.name = name
        self.check = check
    }
}
