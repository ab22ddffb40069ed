import Foundation

/// One enrolled face of a user. `sequence` grows with every insert across all replicas, so an
/// index knows which templates it has not seen yet.
public struct FaceTemplate: Sendable, Equatable {
    public var id: UUID
    public var userID: UUID
    public var descriptor: FaceDescriptor
    public var sequence: Int64
    public init(id: UUID, userID: UUID, descriptor: FaceDescriptor, sequence: Int64) {
        self.id = id
        self.userID = userID
        self.descriptor = descriptor
        self.sequence = sequence
    }
}

/// A photo kept with its template when face-auth is configured to keep enrollment images;
/// it is deleted at `keepUntil`.
public struct EnrollmentImage: Sendable {
    public var bytes: [UInt8]
    public var mediaType: String
    public var keepUntil: Date
    public init(bytes: [UInt8], mediaType: String, keepUntil: Date) {
        self.bytes = bytes
        self.mediaType = mediaType
        self.keepUntil = keepUntil
    }
}

/// Where face templates live, shared by every face-auth replica.
/// Invariant: templates are only ever added (with rising sequence numbers) or deleted with
/// their user, so "everything after sequence N" is a complete delta.
public protocol FaceTemplateStore: Sendable {
    /// Whether a user with this id exists (templates belong to users).
    func userExists(_ userID: UUID) async throws -> Bool
    /// Stores the descriptors (and the images, when given: one per descriptor) and returns them
    /// with their sequence numbers.
    func add(userID: UUID, descriptors: [FaceDescriptor], images: [EnrollmentImage]?) async throws -> [FaceTemplate]
    func templates(of userID: UUID) async throws -> [FaceTemplate]
    /// Templates with a sequence above `sequence`, in order, at most `limit`.
    func templates(after sequence: Int64, limit: Int) async throws -> [FaceTemplate]
    /// The highest sequence stored (0 when empty).
    func latestSequence() async throws -> Int64
    /// Deletes kept images whose retention has ended; returns how many.
    func deleteExpiredImages(now: Date) async throws -> Int
}
