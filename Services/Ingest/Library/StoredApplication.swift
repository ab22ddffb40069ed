import Contracts
import Foundation

/// A new application as the applicant submits it; its transcript is the document `documentID`.
public struct NewApplication: Sendable, Equatable {
    public var id: UUID
    public var recruitmentID: UUID
    public var applicantID: String
    public var documentID: UUID

    public init(id: UUID, recruitmentID: UUID, applicantID: String, documentID: UUID) {
        self.id = id
        self.recruitmentID = recruitmentID
        self.applicantID = applicantID
        self.documentID = documentID
    }
}

/// An application read back with its transcript job's state and result and the latest decision.
public struct ApplicationRecord: Sendable, Equatable {
    public var application: NewApplication
    public var submittedAt: Date
    public var documentState: DocumentState
    public var result: JSONValue?
    public var error: String?
    public var decision: ApplicationDecision?

    public init(
        application: NewApplication, submittedAt: Date, documentState: DocumentState, result: JSONValue?, error: String?,
        decision: ApplicationDecision?
    ) {
        self.application = application
        self.submittedAt = submittedAt
        self.documentState = documentState
        self.result = result
        self.error = error
        self.decision = decision
    }

    /// A decision outranks the verification's progress; an unreadable result counts as failed.
    public var status: ApplicationState {
        if let decision { return decision.decision == .accepted ? .accepted : .rejected }
        switch documentState {
        case .queued, .running: return .verifying
        case .failed: return .verificationFailed
        case .done: return verdict == nil ? .verificationFailed : .verified
        }
    }

    /// The transcript verification without the student's name and NIM.
    public var verdict: ApplicationVerdict? {
        guard documentState == .done, let result,
            let data = try? JSONEncoder().encode(result),
            let verification = try? JSONDecoder().decode(TranscriptVerification.self, from: data)
        else { return nil }
        return ApplicationVerdict(
            eligible: verification.eligible, reasons: verification.reasons, ipk: verification.ipk,
            ipkPrinted: verification.ipkPrinted, courses: verification.courses)
    }

    public var contract: RecruitmentApplication {
        RecruitmentApplication(
            id: application.id.uuidString.lowercased(), recruitmentID: application.recruitmentID.uuidString.lowercased(),
            applicantID: application.applicantID, documentID: application.documentID.uuidString.lowercased(), status: status,
            verdict: verdict, error: documentState == .failed ? error : nil, decision: decision, submittedAt: ISOTime.string(submittedAt))
    }
}
