import Contracts
import Crypto
import Foundation
import Hummingbird
import ServiceKit

/// `POST /v1/attendance/check-in` (kiosks) and `GET /v1/attendance` (operators).
/// Invariants: a recognised check-in photo is used once (its SHA-256 is remembered); a photo that
/// fails the checks or matches nobody records nothing.
public struct AttendanceController: Sendable {
    let reader: any FaceReading
    let recognition: FaceRecognition
    let attendance: any AttendanceStore
    let seen: any SeenImageStore
    let rules: AttendanceRules
    let clock: @Sendable () -> Date

    public init(reader: any FaceReading, recognition: FaceRecognition, attendance: any AttendanceStore, seen: any SeenImageStore,
                rules: AttendanceRules, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.reader = reader
        self.recognition = recognition
        self.attendance = attendance
        self.seen = seen
        self.rules = rules
        self.clock = clock
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/attendance/check-in") { request, context in try await checkIn(request, context) }
        router.get("/v1/attendance") { request, context in try await list(request, context) }
    }

    func checkIn(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let kiosk = try context.require([.kiosk])
        let bytes = try await FaceUpload.read(request).images[0].bytes
        let sample = try await reader.read(bytes)
        let now = clock()
        let match = try await recognition.identify(sample)
        guard let user = match.userID.flatMap(UUID.init(uuidString:)) else {
            throw APIError.unprocessable(.faceNotRecognised, "the face does not match anyone enrolled")
        }
        guard try await seen.claim(Array(SHA256.hash(data: bytes)), at: now) else {
            throw APIError(.conflict, .replayedImage, "this exact photo was already used; take a new one")
        }
        let rules = self.rules
        let (entry, recorded) = try await attendance.checkIn(
            userID: user, day: rules.day(of: now), at: now, distance: match.distance, kiosk: UUID(uuidString: kiosk.userID)
        ) { last in rules.decide(last: last, now: now) }
        context.logger.info("check-in", metadata: ["event": "\(entry.event.rawValue)", "recorded": "\(recorded)"])
        return try Response.json(CheckInResult(
            userID: user.uuidString.lowercased(), event: entry.event, at: Self.timestamp(entry.at), distance: entry.distance, recorded: recorded))
    }

    func list(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        try context.require([.admin, .operator])
        let query = try AttendanceListQuery.parse(request.uri.queryParameters, rules: rules, now: clock())
        let entries = try await attendance.list(query)
        return try Response.json(AttendanceList(records: entries.map {
            AttendanceRecord(userID: $0.userID.uuidString.lowercased(), event: $0.event, at: Self.timestamp($0.at), distance: $0.distance)
        }))
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
