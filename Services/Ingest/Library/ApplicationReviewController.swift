import Contracts
import Foundation
import Hummingbird
import ServiceKit

/// The staff side: `GET /v1/recruitments/{id}/applications` (admin and operator: every
/// application with its status, automatic verdict and reasons) and
/// `POST /v1/applications/{id}/decision` (admin: accept or reject; acceptance within the quota).
public struct ApplicationReviewController: Sendable {
    let recruitments: any RecruitmentStore
    let applications: any ApplicationStore
    let now: @Sendable () -> Date

    public init(recruitments: any RecruitmentStore, applications: any ApplicationStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.recruitments = recruitments
        self.applications = applications
        self.now = now
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.get("/v1/recruitments/:id/applications") { _, context in try await list(context) }
        router.post("/v1/applications/:id/decision") { request, context in try await decide(request, context) }
    }

    func list(_ context: ServiceRequestContext) async throws -> Response {
        try context.require([.admin, .operator])
        let recruitment = try await RecruitmentController.find(context, in: recruitments)
        let all = try await applications.applications(recruitment: recruitment.id)
        return try Response.json(ApplicationList(applications: all.map(\.contract)))
    }

    func decide(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let admin = try context.require([.admin])
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw APIError.notFound("no such application") }
        let decision = try await request.decodeJSON(ApplicationDecisionRequest.self, limit: 16 * 1024)
        if let note = decision.note, note.count > 2000 { throw APIError.badRequest("'note' must be at most 2000 characters", code: .invalidField) }
        switch try await applications.decide(id, decision.decision, note: decision.note, by: admin.userID, at: now()) {
        case .notFound:
            throw APIError.notFound("no such application")
        case .quotaFull:
            throw APIError(.conflict, "quota_full", "the recruitment's quota is already filled; reject or revise an acceptance first")
        case .recorded:
            context.logger.info("application decided", metadata: ["application_id": "\(id)", "decision": "\(decision.decision.rawValue)"])
            guard let record = try await applications.application(id: id) else { throw APIError.notFound("no such application") }
            return try Response.json(record.contract)
        }
    }
}
