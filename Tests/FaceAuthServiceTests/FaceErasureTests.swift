import Contracts
import FaceAuthService
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Withdrawn consent: staff erase a person's templates; no replica matches them afterwards, and
/// a later enrollment of the same person is not undone by the old erasure.
struct FaceErasureTests {
    @Test func anErasureReachesEveryReplicaButNotALaterEnrollment() async throws {
        let store = InMemoryFaceTemplateStore()
        let (here, there) = (FaceIndex(store: store), FaceIndex(store: store))
        let (ayu, budi) = (UUID(), UUID())
        _ = try await store.add(userID: ayu, descriptors: [Faces.descriptor(person: 5), Faces.descriptor(person: 5, jitter: 0.1)], images: nil)
        _ = try await store.add(userID: budi, descriptors: [Faces.descriptor(person: 7)], images: nil)
        try await here.refresh()
        try await there.refresh()
        #expect(there.nearest(to: Faces.descriptor(person: 5))?.userID == ayu)

        #expect(try await store.erase(userID: ayu) == 2)
        try await there.refresh()
        #expect(there.count == 1)
        #expect(there.nearest(to: Faces.descriptor(person: 5))?.userID == budi)

        let again = try await store.add(userID: ayu, descriptors: [Faces.descriptor(person: 5)], images: nil)
        try await here.refresh()
        #expect(here.count == 2, "the erasure and the new enrollment arrive together; only the old templates go")
        #expect(here.nearest(to: Faces.descriptor(person: 5))?.userID == ayu)
        here.remove(await store.erased)
        #expect(here.count == 2, "an erasure already applied is not applied twice")
        #expect(again.count == 1)
        #expect(try await store.erase(userID: UUID()) == 0)
    }

    @Test func staffEraseThroughTheRouteAndIdentificationForgets() async throws {
        let harness = FaceRouteHarness()
        let ayu = try await harness.addUser("ayu", role: .employee)
        try await harness.test { client in
            let admin = try await harness.auth.token(role: .admin)
            let enrolled = try await harness.enroll(client, ayu, person: 4)
            #expect(enrolled.status == .ok)
            func identify() async throws -> FaceIdentification {
                let response = try await client.execute(uri: "/v1/faces/identify", method: .post, headers: Form.headers(token: admin),
                                                        body: Form.body(images: [Faces.photo(person: 4, jitter: 0.05)]))
                return try Wire.decode(FaceIdentification.self, response)
            }
            #expect(try await identify().userID == ayu.uuidString.lowercased())

            let employee = try await harness.auth.token(role: .employee)
            let path = "/v1/faces/\(ayu.uuidString)"
            #expect(try await client.execute(uri: path, method: .delete, headers: Wire.headers(token: employee)).status == .forbidden)
            let erased = try await client.execute(uri: path, method: .delete, headers: Wire.headers(token: admin))
            #expect(erased.status == .ok)
            #expect(try Wire.decode(FaceErasureResult.self, erased) == FaceErasureResult(userID: ayu.uuidString.lowercased(), templatesErased: 1))
            #expect(try await identify().userID == nil)
            let twice = try await client.execute(uri: path, method: .delete, headers: Wire.headers(token: admin))
            #expect(try Wire.decode(FaceErasureResult.self, twice).templatesErased == 0)
            #expect(try await client.execute(uri: "/v1/faces/\(UUID())", method: .delete, headers: Wire.headers(token: admin)).status == .notFound)
            #expect(try await client.execute(uri: "/v1/faces/not-a-uuid", method: .delete, headers: Wire.headers(token: admin)).status == .badRequest)
        }
    }
}
