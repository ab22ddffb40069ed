import Contracts
import Hummingbird
import ServiceKit

/// For services only the gateway and other Periksa services call (ocr, region): every `/v1/`
/// route needs a verified token whose role is one of `roles` (401 without, 403 otherwise), so
/// the service is not open to whoever reaches its port. Health, readiness and metrics stay open.
/// Runs after ``BearerAuthMiddleware``.
public struct TokenRequiredMiddleware: RouterMiddleware {
    public typealias Context = ServiceRequestContext
    let roles: Set<Role>

    /// The people who may use a service through the gateway, plus the services themselves.
    public static let internalCallers: Set<Role> = Role.people.union([.service])

    public init(roles: Set<Role> = Self.internalCallers) {
        self.roles = roles
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.uri.path.hasPrefix("/v1/") { try context.require(roles) }
        return try await next(request, context)
    }
}
