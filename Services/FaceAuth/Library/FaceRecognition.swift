import Contracts
import Foundation
import ServiceKit

/// Enrollment, verification (1:1) and identification (1:N) over stored templates.
/// Invariants: a user's new photos must all show one person, and nobody else's face;
/// identification searches an index refreshed from the store first, so a face enrolled on
/// another replica is found.
public struct FaceRecognition: Sendable {
    let store: any FaceTemplateStore
    let index: FaceIndex
    let thresholds: FaceThresholds
    /// How long kept enrollment photos live; nil keeps none.
    let imageRetention: Duration?

    public init(store: any FaceTemplateStore, index: FaceIndex, thresholds: FaceThresholds, imageRetention: Duration? = nil) {
        self.store = store
        self.index = index
        self.thresholds = thresholds
        self.imageRetention = imageRetention
    }

    /// Stores the samples as templates of `userID`; returns the user's template count.
    public func enroll(userID: UUID, samples: [FaceSample], images: [(bytes: [UInt8], mediaType: String)]) async throws -> Int {
        guard try await store.userExists(userID) else { throw APIError.notFound("there is no user with that id") }
        let existing = try await store.templates(of: userID).map(\.descriptor)
        let all = existing + samples.map(\.descriptor)
        for (offset, sample) in samples.enumerated() {
            let others = all.enumerated().filter { $0.offset != existing.count + offset }.map(\.element)
            if let far = others.map({ sample.descriptor.distance(to: $0) }).max(), far > thresholds.verify {
                throw APIError.unprocessable(.inconsistentFaces, "the photos do not all show the same person")
            }
        }
        try await index.refresh()
        for sample in samples {
            if let other = index.nearest(to: sample.descriptor, excluding: userID), other.distance <= thresholds.identify {
                throw APIError(.conflict, .likelyDuplicate, "this face already matches another enrolled user")
            }
        }
        let kept = imageRetention.map { retention in
            let until = Date().addingTimeInterval(Double(retention.components.seconds))
            return images.map { EnrollmentImage(bytes: $0.bytes, mediaType: $0.mediaType, keepUntil: until) }
        }
        let stored = try await store.add(userID: userID, descriptors: samples.map(\.descriptor), images: kept)
        index.insert(stored)
        return existing.count + stored.count
    }

    /// 1:1: the smallest distance between the probe and the user's templates.
    public func verify(userID: UUID, sample: FaceSample) async throws -> FaceVerification {
        let templates = try await store.templates(of: userID)
        guard let distance = templates.map({ sample.descriptor.distance(to: $0.descriptor) }).min() else {
            throw APIError(.notFound, .notEnrolled, "that user has no enrolled face")
        }
        return FaceVerification(match: distance <= thresholds.verify, distance: Self.rounded(distance), threshold: thresholds.verify)
    }

    /// 1:N: the closest enrolled user when within the identification threshold.
    public func identify(_ sample: FaceSample) async throws -> FaceIdentification {
        try await index.refresh()
        guard let best = index.nearest(to: sample.descriptor) else { return FaceIdentification(userID: nil, distance: 1) }
        let matched = best.distance <= thresholds.identify
        return FaceIdentification(userID: matched ? best.userID.uuidString.lowercased() : nil, distance: Self.rounded(best.distance))
    }

    /// Erases the user's templates and kept photos (consent withdrawn); this replica's index
    /// forgets them at once, the others on their next refresh. Returns how many went.
    public func erase(userID: UUID) async throws -> Int {
        guard try await store.userExists(userID) else { throw APIError.notFound("there is no user with that id") }
        let erased = try await store.erase(userID: userID)
        try await index.refresh()
        return erased
    }

    static func rounded(_ distance: Double) -> Double { (distance * 10_000).rounded() / 10_000 }
}
