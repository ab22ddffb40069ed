import Contracts
import Foundation
@testable import IngestService

/// Recruitments in memory; `accepted` is counted from the application fake, as PostgreSQL does.
actor InMemoryRecruitmentStore: RecruitmentStore {
    private var stored: [StoredRecruitment] = []
    let applications: InMemoryApplicationStore

    init(applications: InMemoryApplicationStore) { self.applications = applications }

    func create(_ recruitment: StoredRecruitment) async throws {
        stored.append(recruitment)
        await applications.setQuota(recruitment.quota, for: recruitment.id)
    }

    func recruitment(id: UUID) async throws -> StoredRecruitment? {
        guard var found = stored.first(where: { $0.id == id }) else { return nil }
        found.accepted = await applications.acceptedCount(found.id)
        return found
    }

    func recruitments() async throws -> [StoredRecruitment] {
        var all: [StoredRecruitment] = []
        for recruitment in stored.reversed() { all.append(recruitment.with(accepted: await applications.acceptedCount(recruitment.id))) }
        return all
    }
}

extension StoredRecruitment {
    func with(accepted: Int) -> StoredRecruitment {
        var copy = self
        copy.accepted = accepted
        return copy
    }
}

/// Applications in memory, with the job state of their documents from the queue fake; the same
/// rules as PostgreSQL: one per applicant per recruitment, acceptance within the quota.
actor InMemoryApplicationStore: ApplicationStore {
    struct Row {
        var application: NewApplication
        var submittedAt: Date
        var decision: ApplicationDecision?
    }

    let queue: InMemoryJobQueue
    private var rows: [Row] = []
    private(set) var history: [(UUID, ApplicationDecision)] = []
    private var quotas: [UUID: Int] = [:]

    init(queue: InMemoryJobQueue) { self.queue = queue }

    func setQuota(_ quota: Int, for recruitment: UUID) { quotas[recruitment] = quota }

    func acceptedCount(_ recruitment: UUID) -> Int {
        rows.filter { $0.application.recruitmentID == recruitment && $0.decision?.decision == .accepted }.count
    }

    func submit(_ application: NewApplication, document: NewDocument) async throws -> SubmissionOutcome {
        guard !rows.contains(where: { $0.application.recruitmentID == application.recruitmentID && $0.application.applicantID == application.applicantID })
        else { return .duplicate }
        rows.append(Row(application: application, submittedAt: Date(), decision: nil))
        await queue.add(document)
        return .submitted
    }

    func application(id: UUID) async throws -> ApplicationRecord? { try await records { $0.application.id == id }.first }
    func applications(recruitment: UUID) async throws -> [ApplicationRecord] { try await records { $0.application.recruitmentID == recruitment } }
    func applications(applicant: String) async throws -> [ApplicationRecord] { try await records { $0.application.applicantID == applicant } }

    func hasApplied(_ applicant: String, to recruitment: UUID) async throws -> Bool {
        rows.contains { $0.application.recruitmentID == recruitment && $0.application.applicantID == applicant }
    }

    func decide(_ id: UUID, _ decision: ApplicationDecisionValue, note: String?, by: String, at: Date) async throws -> DecisionOutcome {
        guard let index = rows.firstIndex(where: { $0.application.id == id }) else { return .notFound }
        let recruitment = rows[index].application.recruitmentID
        if decision == .accepted, rows[index].decision?.decision != .accepted, acceptedCount(recruitment) >= quotas[recruitment, default: .max] {
            return .quotaFull
        }
        let record = ApplicationDecision(decision: decision, note: note, decidedBy: by, decidedAt: ISOTime.string(at))
        rows[index].decision = record
        history.append((id, record))
        return .recorded
    }

    private func records(_ matching: (Row) -> Bool) async throws -> [ApplicationRecord] {
        var found: [ApplicationRecord] = []
        for row in rows where matching(row) {
            guard let job = await queue.job(row.application.documentID) else { continue }
            found.append(ApplicationRecord(
                application: row.application, submittedAt: row.submittedAt, documentState: job.status, result: job.result,
                error: job.error, decision: row.decision))
        }
        return found
    }
}
