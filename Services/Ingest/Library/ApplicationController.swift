import Contracts
import Foundation
import Hummingbird
import ServiceKit

/// An applicant's side: `POST /v1/recruitments/{id}/applications` (apply with a KHS/transcript,
/// verified by the `khs` pipeline), `GET /v1/applications` (mine) and `GET /v1/applications/{id}`.
/// Invariant: an applicant sees only their own applications; anyone else's id answers 404, the
/// same as an id that does not exist, so ids cannot be probed. Staff see every application.
public struct ApplicationController: Sendable {
    let recruitments: any RecruitmentStore
    let applications: any ApplicationStore
    let blobs: any BlobStore
    let registry: PipelineRegistry
    let maxUploadBytes: Int
    let now: @Sendable () -> Date
    static let applicants: Set<Role> = [.applicant, .employee]
    static let people = Role.people
    static let staff = Role.staff

    public init(
        recruitments: any RecruitmentStore, applications: any ApplicationStore, blobs: any BlobStore, registry: PipelineRegistry,
        maxUploadBytes: Int, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.recruitments = recruitments
        self.applications = applications
        self.blobs = blobs
        self.registry = registry
        self.maxUploadBytes = maxUploadBytes
        self.now = now
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/recruitments/:id/applications") { request, context in try await apply(request, context) }
        router.get("/v1/applications") { _, context in try await mine(context) }
        router.get("/v1/applications/:id") { _, context in try await show(context) }
    }

    func apply(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let applicant = try context.require(Self.applicants)
        let recruitment = try await RecruitmentController.find(context, in: recruitments)
        guard !recruitment.isClosed(at: now()) else { throw APIError(.conflict, "recruitment_closed", "this recruitment is closed") }
        guard !recruitment.isFull else { throw APIError(.conflict, "recruitment_full", "this recruitment's quota is filled") }
        guard registry.pipeline(for: "khs") != nil else { throw APIError.notReady("transcript verification is not configured") }
        let body = try await request.collectBody(limit: maxUploadBytes + 256 * 1024)
        let form = try MultipartForm.parse(body, contentType: request.headers[.contentType])
        let file = try UploadCheck(registry: registry, maxBytes: maxUploadBytes).check(form, type: "khs")
        guard try await !applications.hasApplied(applicant.userID, to: recruitment.id) else { throw Self.alreadyApplied }
        let document = NewDocument(file, ownerID: applicant.userID, claimed: try recruitment.verificationRequirements())
        let application = NewApplication(id: UUID(), recruitmentID: recruitment.id, applicantID: applicant.userID, documentID: document.id)
        try await blobs.put(document.id, bytes: file.bytes)
        guard try await applications.submit(application, document: document) == .submitted else { throw Self.alreadyApplied }
        context.logger.info("application submitted", metadata: [
            "application_id": "\(application.id)", "recruitment_id": "\(recruitment.id)", "document_id": "\(document.id)",
        ])
        return try Response.json(ApplicationAccepted(id: application.id.uuidString.lowercased(), status: .verifying), status: .accepted)
    }

    static let alreadyApplied = APIError(.conflict, "already_applied", "you have already applied to this recruitment")

    func mine(_ context: ServiceRequestContext) async throws -> Response {
        let caller = try context.require(Self.people)
        let own = try await applications.applications(applicant: caller.userID)
        return try Response.json(ApplicationList(applications: own.map(\.contract)))
    }

    func show(_ context: ServiceRequestContext) async throws -> Response {
        let caller = try context.require(Self.people)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let record = try await applications.application(id: id),
            record.application.applicantID == caller.userID || Self.staff.contains(caller.role)
        else { throw APIError.notFound("no such application") }
        return try Response.json(record.contract)
    }
}
