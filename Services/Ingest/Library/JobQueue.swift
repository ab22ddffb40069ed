import Contracts
import Foundation

/// A job a worker holds under lease.
public struct ClaimedJob: Sendable, Equatable {
    public var document: NewDocument
    public var attempt: Int
}

/// The durable queue of document jobs. Invariants: a job is held by at most one worker at a
/// time (its lease); only the lease holder can finish it, so a job whose lease expired and was
/// taken over completes exactly once; a crashed worker's job returns when its lease expires.
public protocol JobQueue: Sendable {
    /// Takes the next queued job, or one whose lease expired, for `worker` for `lease`.
    func claim(worker: String, lease: Duration, maxAttempts: Int) async throws -> ClaimedJob?
    /// Extends the lease; false when `worker` no longer holds the job.
    func renew(_ id: UUID, worker: String, lease: Duration) async throws -> Bool
    /// Stores the result; false when `worker` no longer holds the job (the result is dropped).
    func complete(_ id: UUID, worker: String, result: JSONValue) async throws -> Bool
    /// Records a failed attempt: queued again after `retryAfter`, or failed for good when nil.
    func fail(_ id: UUID, worker: String, reason: String, retryAfter: Duration?) async throws -> Bool
    /// Jobs queued or running, for the queue-depth gauge.
    func depth() async throws -> Int
}
