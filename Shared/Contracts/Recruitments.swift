/// `POST /v1/recruitments` (admin): a practicum-assistant recruitment. `requirements` is what
/// each applicant's transcript is verified against; `min_semester` is passed on to the
/// verification with them. Invariant (checked by ingest): `quota` ≥ 1, `course` not blank.
public struct NewRecruitment: Codable, Sendable, Equatable {
    public var course: String
    public var title: String?
    public var requirements: TranscriptRequirements
    public var minSemester: Int?
    public var quota: Int
    /// ISO-8601 instant after which no application is accepted; null: open until full.
    public var closesAt: String?

    public init(course: String, title: String? = nil, requirements: TranscriptRequirements, minSemester: Int? = nil, quota: Int, closesAt: String? = nil) {
        self.course = course
        self.title = title
        self.requirements = requirements
        self.minSemester = minSemester
        self.quota = quota
        self.closesAt = closesAt
    }

    enum CodingKeys: String, CodingKey {
        case course, title, requirements, quota
        case minSemester = "min_semester"
        case closesAt = "closes_at"
    }
}

/// A recruitment as read back (`GET /v1/recruitments[/{id}]`, 201 of the create).
/// `accepted` counts accepted applications; `open` is false once closed or full.
public struct Recruitment: Codable, Sendable, Equatable {
    public var id: String
    public var course: String
    public var title: String?
    public var requirements: TranscriptRequirements
    public var minSemester: Int?
    public var quota: Int
    public var accepted: Int
    public var closesAt: String?
    public var open: Bool
    public var createdAt: String

    public init(
        id: String, course: String, title: String?, requirements: TranscriptRequirements, minSemester: Int?, quota: Int,
        accepted: Int, closesAt: String?, open: Bool, createdAt: String
    ) {
        self.id = id
        self.course = course
        self.title = title
        self.requirements = requirements
        self.minSemester = minSemester
        self.quota = quota
        self.accepted = accepted
        self.closesAt = closesAt
        self.open = open
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, course, title, requirements, quota, accepted, open
        case minSemester = "min_semester"
        case closesAt = "closes_at"
        case createdAt = "created_at"
    }
}

/// `GET /v1/recruitments`: the recruitments still taking applications, newest first.
public struct RecruitmentList: Codable, Sendable, Equatable {
    public var recruitments: [Recruitment]
    public init(recruitments: [Recruitment]) { self.recruitments = recruitments }
}
