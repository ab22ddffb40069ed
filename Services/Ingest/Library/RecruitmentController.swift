import Contracts
import Foundation
import Hummingbird
import ServiceKit

/// `POST /v1/recruitments` (admin opens one), `GET /v1/recruitments` (the open ones, for anyone
/// signed in; every one for staff with `?all=true`) and `GET /v1/recruitments/{id}`.
public struct RecruitmentController: Sendable {
    let recruitments: any RecruitmentStore
    let now: @Sendable () -> Date
    static let readers = Role.people

    public init(recruitments: any RecruitmentStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.recruitments = recruitments
        self.now = now
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/recruitments") { request, context in try await open(request, context) }
        router.get("/v1/recruitments") { request, context in try await list(request, context) }
        router.get("/v1/recruitments/:id") { _, context in try await show(context) }
    }

    func open(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let admin = try context.require([.admin])
        let proposal = try await request.decodeJSON(NewRecruitment.self, limit: 64 * 1024)
        let time = now()
        let recruitment = try proposal.validated(id: UUID(), by: admin.userID, at: time)
        try await recruitments.create(recruitment)
        context.logger.info("recruitment opened", metadata: ["recruitment_id": "\(recruitment.id)", "quota": "\(recruitment.quota)"])
        return try Response.json(recruitment.contract(at: time), status: .created)
    }

    /// The open recruitments; staff asking `?all=true` also get the closed and full ones.
    func list(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let caller = try context.require(Self.readers)
        let everything = request.uri.queryParameters.get("all") == "true" && [.admin, .operator].contains(caller.role)
        let time = now()
        let shown = try await recruitments.recruitments().filter { everything || (!$0.isClosed(at: time) && !$0.isFull) }
        return try Response.json(RecruitmentList(recruitments: shown.map { $0.contract(at: time) }))
    }

    func show(_ context: ServiceRequestContext) async throws -> Response {
        try context.require(Self.readers)
        return try Response.json(try await Self.find(context, in: recruitments).contract(at: now()))
    }

    /// The recruitment named by the route's `:id`, or 404.
    static func find(_ context: ServiceRequestContext, in store: any RecruitmentStore) async throws -> StoredRecruitment {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let recruitment = try await store.recruitment(id: id)
        else { throw APIError.notFound("no such recruitment") }
        return recruitment
    }
}
