import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RouteTesting
import Testing
@testable import IngestService
@testable import ServiceKit

/// `POST /v1/documents` and `GET /v1/documents/{id}` over in-memory stores.
struct DocumentRoutesTests {
    let queue = InMemoryJobQueue()
    let blobs = InMemoryBlobStore()

    func test(maxUploadBytes: Int = 4096, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "ingest"))
        router.add(middleware: TestIdentityMiddleware())
        let controller = DocumentController(
            store: InMemoryDocumentStore(queue: queue), blobs: blobs,
            registry: Samples.registry(ScriptedPipeline { _, _ in .null }, as: "raw"), maxUploadBytes: maxUploadBytes)
        controller.addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    static func upload(_ client: any TestClientProtocol, bytes: [UInt8], type: String = "raw", role: String = "employee", user: String = "u1") async throws -> TestResponse {
        var body = MultipartBody()
        body.field("type", type)
        body.file(bytes, contentType: nil)
        let headers: HTTPFields = [.contentType: body.contentType, TestIdentityMiddleware.role: role, TestIdentityMiddleware.user: user]
        return try await client.execute(uri: "/v1/documents", method: .post, headers: headers, body: body.closed())
    }

    static func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(buffer: response.body))
    }

    @Test func acceptedUploadIsStoredQueuedAndReadable() async throws {
        try await test { client in
            let response = try await Self.upload(client, bytes: SampleBytes.pdf)
            #expect(response.status == .accepted)
            let accepted = try Self.decode(DocumentAccepted.self, response)
            #expect(accepted.status == .queued)
            let id = try #require(UUID(uuidString: accepted.id))
            #expect(try await blobs.get(id) == SampleBytes.pdf)
            let job = try #require(await queue.job(id))
            #expect(job.document.contentType == "application/pdf")
            #expect(job.document.sha256.count == 64)
            #expect(job.document.ownerID == "u1")

            let status = try await client.execute(uri: "/v1/documents/\(accepted.id)", method: .get, headers: [TestIdentityMiddleware.role: "employee"])
            #expect(status.status == .ok)
            let document = try Self.decode(DocumentStatus.self, status)
            #expect(document.id == accepted.id && document.type == "raw" && document.status == .queued)
            #expect(document.size == SampleBytes.pdf.count)
        }
    }

    @Test func othersCannotSeeADocumentButStaffCan() async throws {
        try await test { client in
            let accepted = try Self.decode(DocumentAccepted.self, try await Self.upload(client, bytes: SampleBytes.pdf, user: "owner"))
            let path = "/v1/documents/\(accepted.id)"
            let stranger = try await client.execute(uri: path, method: .get, headers: [TestIdentityMiddleware.role: "employee", TestIdentityMiddleware.user: "other"])
            #expect(stranger.status == .notFound)
            let staff = try await client.execute(uri: path, method: .get, headers: [TestIdentityMiddleware.role: "operator", TestIdentityMiddleware.user: "op"])
            #expect(staff.status == .ok)
            let anonymous = try await client.execute(uri: path, method: .get)
            #expect(anonymous.status == .unauthorized)
            let kiosk = try await client.execute(uri: path, method: .get, headers: [TestIdentityMiddleware.role: "kiosk"])
            #expect(kiosk.status == .forbidden)
        }
    }

    @Test(arguments: ["not-a-uuid", "00000000-0000-0000-0000-000000000000"])
    func unknownIDIs404(id: String) async throws {
        try await test { client in
            let response = try await client.execute(uri: "/v1/documents/\(id)", method: .get, headers: [TestIdentityMiddleware.role: "admin"])
            #expect(response.status == .notFound)
            #expect(try Self.decode(ErrorEnvelope.self, response).error.code == "not_found")
        }
    }

    @Test func badUploadsGetTheEnvelopeAndStoreNothing() async throws {
        try await test { client in
            let unknownType = try await Self.upload(client, bytes: SampleBytes.pdf, type: "passport")
            #expect(unknownType.status == .unprocessableContent)
            let truncated = try await Self.upload(client, bytes: Array(SampleBytes.pdf.prefix(20)))
            #expect(truncated.status == .unprocessableContent)
            #expect(try Self.decode(ErrorEnvelope.self, truncated).error.code == "corrupt_file")
            let notMultipart = try await client.execute(
                uri: "/v1/documents", method: .post, headers: [.contentType: "application/json", TestIdentityMiddleware.role: "employee"],
                body: ByteBuffer(string: "{}"))
            #expect(notMultipart.status == .unsupportedMediaType)
            let huge = try await Self.upload(client, bytes: [UInt8](repeating: 0x41, count: 300 * 1024))
            #expect(huge.status == .contentTooLarge)
            #expect(try await queue.depth() == 0)
        }
    }
}
