import Contracts
import HTTPTypes
import Hummingbird
import ServiceKit

/// Stands in for the bearer-token middleware in route tests: `X-Test-Role`/`X-Test-User` become
/// the verified caller; without `X-Test-Role` the request has no identity, as without a token.
public struct TestIdentityMiddleware: RouterMiddleware {
    public typealias Context = ServiceRequestContext
    public static let role = HTTPField.Name("X-Test-Role")!
    public static let user = HTTPField.Name("X-Test-User")!

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let role = request.headers[Self.role].flatMap(Role.init(rawValue:)) {
            let user = request.headers[Self.user] ?? "u1"
            context.identity = Identity(userID: user, username: user, role: role)
        }
        return try await next(request, context)
    }
}
