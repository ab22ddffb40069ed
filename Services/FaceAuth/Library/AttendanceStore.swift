import Contracts
import Foundation

/// A query over attendance: `[from, to)` and optionally one user.
public struct AttendanceQuery: Sendable, Equatable {
    public var from: Date
    public var to: Date
    public var userID: UUID?
    public var limit: Int
    public init(from: Date, to: Date, userID: UUID?, limit: Int = 10_000) {
        self.from = from
        self.to = to
        self.userID = userID
        self.limit = limit
    }
}

/// Where attendance lives. Invariant: ``checkIn(userID:day:at:distance:kiosk:decide:)`` reads
/// the user's last event of `day` and applies `decide` atomically, so two replicas handling
/// the same person at once never record two events for one check-in.
public protocol AttendanceStore: Sendable {
    func checkIn(userID: UUID, day: String, at: Date, distance: Double, kiosk: UUID?,
                 decide: @Sendable (AttendanceEntry?) -> CheckInDecision) async throws -> (AttendanceEntry, recorded: Bool)
    func list(_ query: AttendanceQuery) async throws -> [AttendanceEntry]
}

/// Remembers digests of check-in photos so the same bytes cannot be replayed.
public protocol SeenImageStore: Sendable {
    /// True when `digest` was new and is now remembered; false when it was seen before.
    func claim(_ digest: [UInt8], at: Date) async throws -> Bool
    /// Forgets digests older than `cutoff` (the configured replay memory).
    func forget(before cutoff: Date) async throws
}
