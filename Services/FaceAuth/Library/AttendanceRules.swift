import Contracts
import Foundation

/// The last attendance event of a user on the current day.
public struct AttendanceEntry: Sendable, Equatable {
    public var userID: UUID
    public var event: AttendanceEvent
    public var at: Date
    public var distance: Double
    public init(userID: UUID, event: AttendanceEvent, at: Date, distance: Double) {
        self.userID = userID
        self.event = event
        self.at = at
        self.distance = distance
    }
}

/// What a check-in does: record a new event, or repeat the last one without counting it.
public enum CheckInDecision: Sendable, Equatable {
    case record(AttendanceEvent)
    case repeated(AttendanceEntry)
}

/// How check-ins become attendance: the first of a day (in the office's time zone) is `in`, the
/// next `out`, then `in` again; a check-in within `repeatWindow` of the last event is the same
/// person standing at the kiosk twice and is not counted.
public struct AttendanceRules: Sendable {
    public var repeatWindow: Duration
    public var timeZone: TimeZone

    public init(repeatWindow: Duration = .seconds(120), timeZone: TimeZone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt) {
        self.repeatWindow = repeatWindow
        self.timeZone = timeZone
    }

    /// `last` is the user's latest event on the day of `now`, if any.
    public func decide(last: AttendanceEntry?, now: Date) -> CheckInDecision {
        guard let last else { return .record(.checkIn) }
        if now.timeIntervalSince(last.at) < Double(repeatWindow.components.seconds) { return .repeated(last) }
        return .record(last.event == .checkIn ? .checkOut : .checkIn)
    }

    /// The calendar day of `date` in the office's time zone, as `YYYY-MM-DD`.
    public func day(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The first instant of the day `YYYY-MM-DD` in the office's time zone, or nil when malformed.
    public func start(ofDay text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
