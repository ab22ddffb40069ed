import Contracts
import Foundation
@testable import IngestService

/// A ``JobQueue`` in memory with the same rules as the PostgreSQL one (leases, owner-checked
/// finishing writes, retry time, give-up after the last attempt), for testing workers without a
/// database. Counts completions so "exactly once" can be asserted.
actor InMemoryJobQueue: JobQueue {
    struct Job {
        var document: NewDocument
        var status: DocumentState = .queued
        var attempts = 0
        var owner: String?
        var leaseUntil: ContinuousClock.Instant?
        var runAfter = ContinuousClock.now
        var result: JSONValue?
        var error: String?
        var completions = 0
    }

    private(set) var jobs: [UUID: Job] = [:]
    private var order: [UUID] = []

    func add(_ document: NewDocument) {
        jobs[document.id] = Job(document: document)
        order.append(document.id)
    }

    func job(_ id: UUID) -> Job? { jobs[id] }

    /// Another worker takes the job over (as after a lease expiry seen elsewhere).
    func steal(_ id: UUID, by worker: String) {
        jobs[id]?.owner = worker
    }

    func claim(worker: String, lease: Duration, maxAttempts: Int) async throws -> ClaimedJob? {
        let now = ContinuousClock.now
        for id in order {
            guard var job = jobs[id] else { continue }
            let expired = job.status == .running && (job.leaseUntil.map { $0 < now } ?? false)
            if expired && job.attempts >= maxAttempts {
                job.status = .failed
                job.owner = nil
                job.error = "gave up after \(job.attempts) attempts; the last worker stopped answering"
                jobs[id] = job
                continue
            }
            guard (job.status == .queued && job.runAfter <= now) || expired else { continue }
            job.status = .running
            job.attempts += 1
            job.owner = worker
            job.leaseUntil = now + lease
            jobs[id] = job
            return ClaimedJob(document: job.document, attempt: job.attempts)
        }
        return nil
    }

    func renew(_ id: UUID, worker: String, lease: Duration) async throws -> Bool {
        guard var job = jobs[id], job.owner == worker, job.status == .running else { return false }
        job.leaseUntil = .now + lease
        jobs[id] = job
        return true
    }

    func complete(_ id: UUID, worker: String, result: JSONValue) async throws -> Bool {
        guard var job = jobs[id], job.owner == worker, job.status == .running else { return false }
        job.status = .done
        job.result = result
        job.error = nil
        job.owner = nil
        job.completions += 1
        jobs[id] = job
        return true
    }

    func fail(_ id: UUID, worker: String, reason: String, retryAfter: Duration?) async throws -> Bool {
        guard var job = jobs[id], job.owner == worker, job.status == .running else { return false }
        job.error = reason
        job.owner = nil
        if let retryAfter {
            job.status = .queued
            job.runAfter = .now + retryAfter
        } else {
            job.status = .failed
        }
        jobs[id] = job
        return true
    }

    func depth() async throws -> Int {
        jobs.values.filter { $0.status == .queued || $0.status == .running }.count
    }
}

/// Blobs in memory.
actor InMemoryBlobStore: BlobStore {
    private var blobs: [UUID: [UInt8]] = [:]
    func put(_ id: UUID, bytes: [UInt8]) async throws { blobs[id] = bytes }
    func get(_ id: UUID) async throws -> [UInt8]? { blobs[id] }
    /// Knows no job state: the PostgreSQL store's purge is tested on a real database.
    func purge(finishedBefore cutoff: Date) async throws -> Int { 0 }
}

/// Documents in memory, read back with the queue's job state.
actor InMemoryDocumentStore: DocumentStore {
    let queue: InMemoryJobQueue
    init(queue: InMemoryJobQueue) { self.queue = queue }

    func accept(_ document: NewDocument) async throws { await queue.add(document) }

    func record(id: UUID) async throws -> DocumentRecord? {
        guard let job = await queue.job(id) else { return nil }
        return DocumentRecord(document: job.document, status: job.status, result: job.result, error: job.error, attempts: [])
    }
}
