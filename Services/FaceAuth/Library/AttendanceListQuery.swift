import Contracts
import Foundation
import Hummingbird
import ServiceKit

/// Reads `from`, `to` (days `YYYY-MM-DD` in the office's time zone, both inclusive, or ISO-8601
/// instants) and `user_id` of `GET /v1/attendance`. Defaults to today; at most 366 days.
enum AttendanceListQuery {
    static func parse(_ parameters: Parameters, rules: AttendanceRules, now: Date) throws(APIError) -> AttendanceQuery {
        let today = rules.start(ofDay: rules.day(of: now)) ?? now
        let from = try parameters.get("from").map { text throws(APIError) in try instant(text, rules: rules, endOfDay: false) } ?? today
        let to = try parameters.get("to").map { text throws(APIError) in try instant(text, rules: rules, endOfDay: true) }
            ?? today.addingTimeInterval(86_400)
        guard from < to else { throw .badRequest("`from` must come before `to`", code: .invalidField) }
        guard to.timeIntervalSince(from) <= 366 * 86_400 else { throw .badRequest("at most 366 days per query", code: .invalidField) }
        var user: UUID?
        if let text = parameters.get("user_id") {
            guard let id = UUID(uuidString: text) else { throw .badRequest("`user_id` must be a UUID", code: .invalidField) }
            user = id
        }
        return AttendanceQuery(from: from, to: to, userID: user)
    }

    static func instant(_ text: String, rules: AttendanceRules, endOfDay: Bool) throws(APIError) -> Date {
        if let start = rules.start(ofDay: text) { return endOfDay ? start.addingTimeInterval(86_400) : start }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        throw .badRequest("dates are YYYY-MM-DD or ISO-8601 instants", code: .invalidField)
    }
}
