import Foundation

/// Where accepted documents and their job state live.
/// Invariant: ``accept(_:)`` records the document and queues its job in one step; the bytes
/// are put in the ``BlobStore`` before, so an accepted document never lacks its bytes.
public protocol DocumentStore: Sendable {
    func accept(_ document: NewDocument) async throws
    func record(id: UUID) async throws -> DocumentRecord?
}

/// Where uploaded bytes live, keyed by document id. Invariants: `put` is durable on return;
/// the bytes of a document still queued or running are never purged.
public protocol BlobStore: Sendable {
    func put(_ id: UUID, bytes: [UInt8]) async throws
    func get(_ id: UUID) async throws -> [UInt8]?
    /// Deletes the bytes of documents that finished (done or failed) before `cutoff`; returns how many.
    func purge(finishedBefore cutoff: Date) async throws -> Int
}
