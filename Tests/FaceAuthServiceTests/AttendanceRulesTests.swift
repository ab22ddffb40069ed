import Contracts
import FaceAuthService
import Foundation
import Testing

/// In, out, in again; repeats inside the window are not counted; days are the office's days.
struct AttendanceRulesTests {
    let rules = AttendanceRules(repeatWindow: .seconds(120), timeZone: TimeZone(identifier: "Asia/Jakarta")!)
    let user = UUID()
    let morning = Date(timeIntervalSince1970: 1_763_866_800)  // 2025-11-23 03:00 UTC = 10:00 WIB

    func entry(_ event: AttendanceEvent, _ at: Date) -> AttendanceEntry {
        AttendanceEntry(userID: user, event: event, at: at, distance: 0.3)
    }

    @Test func firstOfTheDayIsInThenOutThenInAgain() {
        #expect(rules.decide(last: nil, now: morning) == .record(.checkIn))
        #expect(rules.decide(last: entry(.checkIn, morning), now: morning.addingTimeInterval(8 * 3600)) == .record(.checkOut))
        #expect(rules.decide(last: entry(.checkOut, morning), now: morning.addingTimeInterval(600)) == .record(.checkIn))
    }

    @Test func aRepeatWithinTheWindowIsNotCounted() {
        let last = entry(.checkIn, morning)
        #expect(rules.decide(last: last, now: morning.addingTimeInterval(119)) == .repeated(last))
        #expect(rules.decide(last: last, now: morning.addingTimeInterval(121)) == .record(.checkOut))
    }

    @Test func theDayIsTheOfficesDayNotUTCs() {
        let lateUTC = Date(timeIntervalSince1970: 1_763_920_800)  // 2025-11-23 18:00 UTC = 24 Nov 01:00 WIB
        #expect(rules.day(of: morning) == "2025-11-23")
        #expect(rules.day(of: lateUTC) == "2025-11-24")
        #expect(rules.start(ofDay: "2025-11-24") == Date(timeIntervalSince1970: 1_763_917_200))
        #expect(rules.start(ofDay: "2025-02-30") == nil)
        #expect(rules.start(ofDay: "yesterday") == nil)
    }
}
