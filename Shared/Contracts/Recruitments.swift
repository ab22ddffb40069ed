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

/// Where an application stands. Invariant: `verifying` → `verified` | `verification_failed`
/// by the `khs` job; `accepted` / `rejected` only by an admin's decision (which may be revised).
public enum ApplicationState: String, Codable, Sendable {
    case verifying, verified
    case verificationFailed = "verification_failed"
    case accepted, rejected
}

/// 202 answer to `POST /v1/recruitments/{id}/applications`: the transcript is stored and queued.
public struct ApplicationAccepted: Codable, Sendable, Equatable {
    public var id: String
    public var status: ApplicationState
    public init(id: String, status: ApplicationState) {
        self.id = id
        self.status = status
    }
}

/// An admin's verdict on an application.
public enum ApplicationDecisionValue: String, Codable, Sendable {
    case accepted, rejected
}

/// `POST /v1/applications/{id}/decision` (admin).
public struct ApplicationDecisionRequest: Codable, Sendable, Equatable {
    public var decision: ApplicationDecisionValue
    public var note: String?
    public init(decision: ApplicationDecisionValue, note: String? = nil) {
        self.decision = decision
        self.note = note
    }
}

/// A decision as stored: what, why, who (user id) and when (ISO-8601).
public struct ApplicationDecision: Codable, Sendable, Equatable {
    public var decision: ApplicationDecisionValue
    public var note: String?
    public var decidedBy: String
    public var decidedAt: String
    public init(decision: ApplicationDecisionValue, note: String?, decidedBy: String, decidedAt: String) {
        self.decision = decision
        self.note = note
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
    enum CodingKeys: String, CodingKey {
        case decision, note
        case decidedBy = "decided_by"
        case decidedAt = "decided_at"
    }
}

/// The automatic verification of the applicant's transcript (the ocr service's answer without
/// the student's name and NIM, which the application does not need to show).
public struct ApplicationVerdict: Codable, Sendable, Equatable {
    public var eligible: Eligibility
    public var reasons: [String]
    public var ipk: Double?
    public var ipkPrinted: Double?
    public var courses: [CourseRow]
    public init(eligible: Eligibility, reasons: [String], ipk: Double?, ipkPrinted: Double?, courses: [CourseRow]) {
        self.eligible = eligible
        self.reasons = reasons
        self.ipk = ipk
        self.ipkPrinted = ipkPrinted
        self.courses = courses
    }
    enum CodingKeys: String, CodingKey {
        case eligible, reasons, ipk, courses
        case ipkPrinted = "ipk_printed"
    }
}

/// An applicant's application to a recruitment: `GET /v1/applications/{id}` and the rows of the lists. `verdict` is null until verified;
/// `error` says why verification failed; `decision` is the latest admin decision.
public struct RecruitmentApplication: Codable, Sendable, Equatable {
    public var id: String
    public var recruitmentID: String
    public var applicantID: String
    public var documentID: String
    public var status: ApplicationState
    public var verdict: ApplicationVerdict?
    public var error: String?
    public var decision: ApplicationDecision?
    public var submittedAt: String

    public init(
        id: String, recruitmentID: String, applicantID: String, documentID: String, status: ApplicationState,
        verdict: ApplicationVerdict?, error: String?, decision: ApplicationDecision?, submittedAt: String
    ) {
        self.id = id
        self.recruitmentID = recruitmentID
        self.applicantID = applicantID
        self.documentID = documentID
        self.status = status
        self.verdict = verdict
        self.error = error
        self.decision = decision
        self.submittedAt = submittedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, status, verdict, error, decision
        case recruitmentID = "recruitment_id"
        case applicantID = "applicant_id"
        case documentID = "document_id"
        case submittedAt = "submitted_at"
    }
}

/// `GET /v1/recruitments/{id}/applications` (staff) and `GET /v1/applications` (the caller's own).
public struct ApplicationList: Codable, Sendable, Equatable {
    public var applications: [RecruitmentApplication]
    public init(applications: [RecruitmentApplication]) { self.applications = applications }
}
