import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit

/// Reads `Authorization: Bearer …`; a valid token sets `context.identity`, an invalid one is
/// refused with 401 at once, no token leaves the identity empty (routes decide with
/// `context.require(_:)`).
public struct BearerAuthMiddleware: RouterMiddleware {
    public typealias Context = ServiceRequestContext
    let verifier: any TokenVerifier

    public init(verifier: any TokenVerifier) {
        self.verifier = verifier
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let token = request.bearerToken else { return try await next(request, context) }
        var context = context
        context.identity = try await verifier.verify(token)
        return try await next(request, context)
    }
}

extension Request {
    /// The token of an `Authorization: Bearer` header, if any.
    public var bearerToken: String? {
        guard let value = headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
