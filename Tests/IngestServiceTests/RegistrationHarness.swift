import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RouteTesting
@testable import IngestService
@testable import ServiceKit

/// The registration routes (recruitments, applications, review) over in-memory stores, with
/// the caller set by ``TestIdentityMiddleware`` and a fixed clock.
struct RegistrationHarness {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    let queue = InMemoryJobQueue()
    let applications: InMemoryApplicationStore
    let recruitments: InMemoryRecruitmentStore
    let blobs = InMemoryBlobStore()

    init() {
        applications = InMemoryApplicationStore(queue: queue)
        recruitments = InMemoryRecruitmentStore(applications: applications)
    }

    func run(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "ingest"))
        router.add(middleware: TestIdentityMiddleware())
        let registry = Samples.registry(ScriptedPipeline(accepts: [.pdf, .png, .jpeg]) { _, _ in .null }, as: "khs")
        let clock: @Sendable () -> Date = { Self.now }
        RecruitmentController(recruitments: recruitments, now: clock).addRoutes(to: router)
        ApplicationController(
            recruitments: recruitments, applications: applications, blobs: blobs, registry: registry, maxUploadBytes: 64 * 1024, now: clock
        ).addRoutes(to: router)
        ApplicationReviewController(recruitments: recruitments, applications: applications, now: clock).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    static func headers(_ role: String, _ user: String) -> HTTPFields {
        [TestIdentityMiddleware.role: role, TestIdentityMiddleware.user: user]
    }

    static func json(_ value: some Encodable, role: String = "admin", user: String = "admin-1") throws -> (HTTPFields, ByteBuffer) {
        var headers = headers(role, user)
        headers[.contentType] = "application/json"
        return (headers, ByteBuffer(bytes: try JSONEncoder().encode(value)))
    }

    /// The envelope's error code, nil when the body is no envelope.
    static func code(_ response: TestResponse) -> String? {
        (try? DocumentRoutesTests.decode(ErrorEnvelope.self, response))?.error.code
    }

    static let requirements = TranscriptRequirements(minIPK: 3.0, courses: [CourseRequirement(name: "Basis Data", minGrade: "B")])

    /// Opens a recruitment as an admin and returns it.
    static func open(_ client: any TestClientProtocol, quota: Int = 1, closesAt: String? = nil) async throws -> Recruitment {
        let (headers, body) = try json(NewRecruitment(course: "Praktikum Basis Data", requirements: requirements, minSemester: 3, quota: quota, closesAt: closesAt))
        let response = try await client.execute(uri: "/v1/recruitments", method: .post, headers: headers, body: body)
        return try DocumentRoutesTests.decode(Recruitment.self, response)
    }

    /// A recruitment that closed a minute ago (the API refuses to open one in the past).
    func closed() async throws -> StoredRecruitment {
        var recruitment = try NewRecruitment(course: "Praktikum Lama", requirements: Self.requirements, quota: 1)
            .validated(id: UUID(), by: "admin-1", at: Self.now.addingTimeInterval(-3600))
        recruitment.closesAt = Self.now.addingTimeInterval(-60)
        try await recruitments.create(recruitment)
        return recruitment
    }

    /// Applies with `bytes` as the transcript.
    static func apply(_ client: any TestClientProtocol, to recruitment: String, bytes: [UInt8]? = SampleBytes.png(width: 800, height: 1000), role: String = "applicant", user: String) async throws -> TestResponse {
        var body = MultipartBody()
        if let bytes { body.file(bytes, contentType: nil) } else { body.field("note", "no file") }
        var headers = headers(role, user)
        headers[.contentType] = body.contentType
        return try await client.execute(uri: "/v1/recruitments/\(recruitment)/applications", method: .post, headers: headers, body: body.closed())
    }
}
