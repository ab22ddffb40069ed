import Contracts
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit
import Tokens

/// Registers every public route: collects the body within the route's limit, checks the
/// token and role where the route is protected, then forwards to the upstream.
public struct GatewayController: Sendable {
    let routes: [GatewayRoute]
    let proxy: UpstreamProxy
    let verifier: any TokenVerifier

    public init(routes: [GatewayRoute], proxy: UpstreamProxy, verifier: any TokenVerifier) {
        self.routes = routes
        self.proxy = proxy
        self.verifier = verifier
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        for route in routes {
            router.on(RouterPath(route.path), method: route.method) { request, context in
                try await handle(request, context: context, route: route)
            }
        }
    }

    func handle(_ request: Request, context: ServiceRequestContext, route: GatewayRoute) async throws -> Response {
        var context = context
        if let roles = route.roles {
            guard let token = request.bearerToken else { throw APIError.unauthorized() }
            context.identity = try await verifier.verify(token)
            try context.require(roles)
        }
        let body = try await request.collectBody(limit: route.bodyLimit)
        return try await proxy.forward(request, body: body, route: route, context: context)
    }
}
