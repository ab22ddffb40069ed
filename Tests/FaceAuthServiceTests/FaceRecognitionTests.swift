import Contracts
@testable import FaceAuthService
import Foundation
import ServiceKit
import Testing

/// Enrollment, 1:1 and 1:N with separate thresholds, over in-memory templates.
struct FaceRecognitionTests {
    let alice = UUID(), budi = UUID()
    let thresholds = FaceThresholds(verify: 0.5, identify: 0.4)

    func make(keepImages: Duration? = nil) async -> (FaceRecognition, InMemoryFaceTemplateStore) {
        let store = InMemoryFaceTemplateStore(users: [alice, budi])
        return (FaceRecognition(store: store, index: FaceIndex(store: store), thresholds: thresholds, imageRetention: keepImages), store)
    }

    @Test func enrollCountsTemplatesAndVerifyUsesTheOneToOneThreshold() async throws {
        let (recognition, _) = await make()
        #expect(try await recognition.enroll(userID: alice, samples: [Faces.sample(person: 1), Faces.sample(person: 1, jitter: 0.1)], images: []) == 2)
        let near = try await recognition.verify(userID: alice, sample: Faces.sample(person: 1, jitter: 0.45))
        #expect(near.match)
        #expect(abs(near.distance - 0.35) < 0.001)
        #expect(near.threshold == 0.5)
        let far = try await recognition.verify(userID: alice, sample: Faces.sample(person: 1, jitter: 0.7))
        #expect(!far.match)
    }

    @Test func identifyIsStricterThanVerify() async throws {
        let (recognition, _) = await make()
        _ = try await recognition.enroll(userID: alice, samples: [Faces.sample(person: 1)], images: [])
        let close = try await recognition.identify(Faces.sample(person: 1, jitter: 0.3))
        #expect(close.userID == alice.uuidString.lowercased())
        let between = try await recognition.identify(Faces.sample(person: 1, jitter: 0.45))
        #expect(between.userID == nil, "0.45 passes 1:1 (0.5) but not 1:N (0.4)")
        #expect(try await recognition.verify(userID: alice, sample: Faces.sample(person: 1, jitter: 0.45)).match)
        #expect(try await recognition.identify(Faces.sample(person: 7)).userID == nil)
    }

    @Test func aFaceThatMatchesAnotherUserIsRefusedAsADuplicate() async throws {
        let (recognition, store) = await make()
        _ = try await recognition.enroll(userID: alice, samples: [Faces.sample(person: 1)], images: [])
        await #expect(throws: APIError.self) {
            _ = try await recognition.enroll(userID: budi, samples: [Faces.sample(person: 1, jitter: 0.1)], images: [])
        }
        #expect(try await store.templates(of: budi).isEmpty)
        #expect(try await recognition.enroll(userID: alice, samples: [Faces.sample(person: 1, jitter: 0.1)], images: []) == 2, "the same user may add photos")
    }

    @Test func photosOfTwoPeopleInOneEnrollmentAreRefused() async throws {
        let (recognition, store) = await make()
        do {
            _ = try await recognition.enroll(userID: alice, samples: [Faces.sample(person: 1), Faces.sample(person: 2)], images: [])
            Issue.record("expected inconsistent_faces")
        } catch let error as APIError {
            #expect(error.code == .inconsistentFaces)
        }
        #expect(await store.stored.isEmpty)
    }

    @Test func unknownUsersAndUsersWithoutFacesGet404() async throws {
        let (recognition, _) = await make()
        await #expect(throws: APIError.self) { _ = try await recognition.enroll(userID: UUID(), samples: [Faces.sample(person: 1)], images: []) }
        do {
            _ = try await recognition.verify(userID: budi, sample: Faces.sample(person: 2))
            Issue.record("expected not_enrolled")
        } catch let error as APIError {
            #expect(error.code == .notEnrolled)
        }
    }

    @Test func photosAreKeptOnlyWhenConfiguredAndExpire() async throws {
        let (plain, plainStore) = await make()
        _ = try await plain.enroll(userID: alice, samples: [Faces.sample(person: 1)], images: [([1, 2, 3], "image/jpeg")])
        #expect(await plainStore.images.isEmpty)
        let (keeping, keepingStore) = await make(keepImages: .seconds(3600))
        _ = try await keeping.enroll(userID: alice, samples: [Faces.sample(person: 1)], images: [([1, 2, 3], "image/jpeg")])
        #expect(await keepingStore.images.count == 1)
        #expect(try await keepingStore.deleteExpiredImages(now: Date()) == 0)
        #expect(try await keepingStore.deleteExpiredImages(now: Date().addingTimeInterval(3601)) == 1)
    }
}
