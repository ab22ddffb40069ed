import Contracts
import Foundation

/// Where recruitments live. Invariant: a recruitment is never deleted, so applications keep
/// pointing at it; `accepted` is always counted from the applications, never stored apart.
public protocol RecruitmentStore: Sendable {
    func create(_ recruitment: StoredRecruitment) async throws
    func recruitment(id: UUID) async throws -> StoredRecruitment?
    /// Every recruitment, newest first.
    func recruitments() async throws -> [StoredRecruitment]
}

/// What submitting an application came to.
public enum SubmissionOutcome: Sendable, Equatable {
    case submitted
    /// The applicant already applied to this recruitment (one application each).
    case duplicate
}

/// What a decision came to.
public enum DecisionOutcome: Sendable, Equatable {
    case recorded
    case notFound
    /// Accepting would pass the recruitment's quota.
    case quotaFull
}

/// Where applications and their decisions live. Invariants: at most one application per
/// applicant per recruitment; ``submit(_:document:)`` records the application and queues its
/// transcript document in one step (the bytes are in the ``BlobStore`` before); accepting checks
/// the quota and records the decision atomically, so two admins cannot pass it together; every
/// decision is kept with who and when.
public protocol ApplicationStore: Sendable {
    func submit(_ application: NewApplication, document: NewDocument) async throws -> SubmissionOutcome
    func application(id: UUID) async throws -> ApplicationRecord?
    func applications(recruitment: UUID) async throws -> [ApplicationRecord]
    func applications(applicant: String) async throws -> [ApplicationRecord]
    func hasApplied(_ applicant: String, to recruitment: UUID) async throws -> Bool
    func decide(_ id: UUID, _ decision: ApplicationDecisionValue, note: String?, by: String, at: Date) async throws -> DecisionOutcome
}
