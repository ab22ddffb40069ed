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

/// A user's templates erased (their consent withdrawn): every template of `userID` with a
/// sequence up to `upTo` is gone; later ones (a new enrollment) are not. `sequence` orders erasures.
public struct FaceErasure: Sendable, Equatable {
    public var sequence: Int64
    public var userID: UUID
    public var upTo: Int64
    public init(sequence: Int64, userID: UUID, upTo: Int64) {
        self.sequence = sequence
        self.userID = userID
        self.upTo = upTo
    }
}

/// The highest template and erasure sequences stored (0 when none): what an index compares
/// with what it holds, in one query.
public struct FaceSequences: Sendable, Equatable {
    public var templates: Int64
    public var erasures: Int64
    public init(templates: Int64, erasures: Int64) {
        self.templates = templates
        self.erasures = erasures
    }
}

/// Where face templates live, shared by every face-auth replica.
/// Invariant: templates are only ever added (with rising sequence numbers) or erased (each
/// erasure recorded with its own rising sequence), so "everything after N" of both is a complete delta.
public protocol FaceTemplateStore: Sendable {
    /// Whether a user with this id exists (templates belong to users).
    func userExists(_ userID: UUID) async throws -> Bool
    /// Stores the descriptors (and the images, when given: one per descriptor) and returns them
    /// with their sequence numbers.
    func add(userID: UUID, descriptors: [FaceDescriptor], images: [EnrollmentImage]?) async throws -> [FaceTemplate]
    func templates(of userID: UUID) async throws -> [FaceTemplate]
    /// Templates with a sequence above `sequence`, in order, at most `limit`.
    func templates(after sequence: Int64, limit: Int) async throws -> [FaceTemplate]
    func latestSequences() async throws -> FaceSequences
    /// Deletes every template (and kept photo) of the user, records the erasure for the other
    /// replicas' indexes, and returns how many templates went (0 records nothing).
    func erase(userID: UUID) async throws -> Int
    /// Erasures recorded after `sequence`, in order.
    func erasures(after sequence: Int64) async throws -> [FaceErasure]
    /// Deletes kept images whose retention has ended; returns how many.
    func deleteExpiredImages(now: Date) async throws -> Int
}
