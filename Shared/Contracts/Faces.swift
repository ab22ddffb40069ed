/// `POST /v1/faces/enroll` answer: how many templates the user now has.
public struct FaceEnrollment: Codable, Sendable, Equatable {
    public var userID: String
    public var templates: Int
    public init(userID: String, templates: Int) {
        self.userID = userID
        self.templates = templates
    }
    enum CodingKeys: String, CodingKey {
        case templates
        case userID = "user_id"
    }
}

/// `POST /v1/faces/verify` answer (1:1).
public struct FaceVerification: Codable, Sendable, Equatable {
    public var match: Bool
    public var distance: Double
    public var threshold: Double
    public init(match: Bool, distance: Double, threshold: Double) {
        self.match = match
        self.distance = distance
        self.threshold = threshold
    }
}

/// `POST /v1/faces/identify` answer (1:N). Invariant: `user_id` encodes as null when nobody matched.
public struct FaceIdentification: Codable, Sendable, Equatable {
    public var userID: String?
    public var distance: Double
    public init(userID: String?, distance: Double) {
        self.userID = userID
        self.distance = distance
    }
    enum CodingKeys: String, CodingKey {
        case distance
        case userID = "user_id"
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(userID, forKey: .userID)
        try c.encode(distance, forKey: .distance)
    }
}

/// Direction of an attendance event: the first of the day is `in`, the next `out`.
public enum AttendanceEvent: String, Codable, Sendable {
    case checkIn = "in"
    case checkOut = "out"
}

/// One attendance record; `at` is ISO-8601 UTC.
public struct AttendanceRecord: Codable, Sendable, Equatable {
    public var userID: String
    public var event: AttendanceEvent
    public var at: String
    public var distance: Double
    public init(userID: String, event: AttendanceEvent, at: String, distance: Double) {
        self.userID = userID
        self.event = event
        self.at = at
        self.distance = distance
    }
    enum CodingKeys: String, CodingKey {
        case event, at, distance
        case userID = "user_id"
    }
}

/// `GET /v1/attendance` answer.
public struct AttendanceList: Codable, Sendable, Equatable {
    public var records: [AttendanceRecord]
    public init(records: [AttendanceRecord]) { self.records = records }
}
