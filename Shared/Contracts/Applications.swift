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
