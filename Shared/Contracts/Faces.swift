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

/// `POST /v1/attendance/check-in` answer: the DESIGN.md fields plus `recorded`, false when the
/// check-in repeated the previous one within the repeat window and was not counted again.
public struct CheckInResult: Codable, Sendable, Equatable {
    public var userID: String
    public var event: AttendanceEvent
    public var at: String
    public var distance: Double
    public var recorded: Bool
    public init(userID: String, event: AttendanceEvent, at: String, distance: Double, recorded: Bool) {
        self.userID = userID
        self.event = event
        self.at = at
        self.distance = distance
        self.recorded = recorded
    }
    enum CodingKeys: String, CodingKey {
        case event, at, distance, recorded
        case userID = "user_id"
    }
}

/// `POST /v1/kiosks` request (admin): a kiosk's display name, e.g. its location.
public struct KioskRegistrationRequest: Codable, Sendable, Equatable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// `POST /v1/kiosks` answer. Invariant: `credential` is shown this once; only its hash is kept.
public struct KioskRegistration: Codable, Sendable, Equatable {
    public var kioskID: String
    public var name: String
    public var credential: String
    public init(kioskID: String, name: String, credential: String) {
        self.kioskID = kioskID
        self.name = name
        self.credential = credential
    }
    enum CodingKeys: String, CodingKey {
        case name, credential
        case kioskID = "kiosk_id"
    }
}

/// `POST /v1/kiosks/token` request: a kiosk trades its credential for a short-lived kiosk JWT
/// (answered as a ``TokenResponse``).
public struct KioskTokenRequest: Codable, Sendable, Equatable {
    public var credential: String
    public init(credential: String) { self.credential = credential }
}
