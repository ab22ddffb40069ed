import FaceAuthService
import Foundation
import Testing

/// The 1:N index: nearest template, exclusion, and catching up with templates another replica stored.
struct FaceIndexTests {
    @Test func nearestFindsTheClosestTemplateAndItsOwner() async throws {
        let store = InMemoryFaceTemplateStore()
        let (a, b) = (UUID(), UUID())
        _ = try await store.add(userID: a, descriptors: [Faces.descriptor(person: 1), Faces.descriptor(person: 2)], images: nil)
        _ = try await store.add(userID: b, descriptors: [Faces.descriptor(person: 3)], images: nil)
        let index = FaceIndex(store: store)
        #expect(index.nearest(to: Faces.descriptor(person: 3)) == nil, "empty until refreshed")
        try await index.refresh()
        #expect(index.count == 3)
        let match = try #require(index.nearest(to: Faces.descriptor(person: 3, jitter: 0.2)))
        #expect(match.userID == b)
        #expect(abs(match.distance - 0.2) < 1e-6)
        #expect(index.nearest(to: Faces.descriptor(person: 3), excluding: b)?.userID == a)
    }

    @Test func aReplicaSeesTemplatesStoredByAnotherOnItsNextRefresh() async throws {
        let store = InMemoryFaceTemplateStore()
        let (here, there) = (FaceIndex(store: store), FaceIndex(store: store))
        let user = UUID()
        let stored = try await store.add(userID: user, descriptors: [Faces.descriptor(person: 5)], images: nil)
        here.insert(stored)
        #expect(there.nearest(to: Faces.descriptor(person: 5)) == nil)
        try await there.refresh()
        #expect(there.nearest(to: Faces.descriptor(person: 5))?.userID == user)
        here.insert(stored)
        try await here.refresh()
        #expect(here.count == 1, "a template is held once however it arrived")
    }

    @Test func descriptorsRoundTripThroughTheirStoredBytes() throws {
        let descriptor = Faces.descriptor(person: 9, jitter: -0.37)
        #expect(FaceDescriptor(bytes: descriptor.bytes) == descriptor)
        #expect(FaceDescriptor(bytes: Array(descriptor.bytes.dropLast())) == nil)
        #expect(FaceDescriptor([Float](repeating: .nan, count: 128)) == nil)
    }
}
