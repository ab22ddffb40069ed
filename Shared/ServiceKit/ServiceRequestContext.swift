import Contracts
import HTTPTypes
import Hummingbird
import NIOCore

/// Who is calling, as proven by a verified bearer token.
public struct Identity: Sendable, Equatable {
    public var userID: String
    public var username: String
    public var role: Role

    public init(userID: String, username: String, role: Role) {
        self.userID = userID
        self.username = username
        self.role = role
    }
}

/// The request context of every Periksa service: the request id (set by ``RequestIDMiddleware``)
/// and, on protected routes, the verified caller.
public struct ServiceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var requestID: String = ""
    public var identity: Identity?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Bodies are collected explicitly with per-route limits (see `Request+collectLimited`).
    public var maxUploadSize: Int { 64 * 1024 * 1024 }

    /// The caller, or 401 when the route was reached without a verified token.
    public func requireIdentity() throws(APIError) -> Identity {
        guard let identity else { throw APIError.unauthorized() }
        return identity
    }

    /// The caller when their role is one of `roles`; 401 without a token, 403 with another role.
    @discardableResult
    public func require(_ roles: Set<Role>) throws(APIError) -> Identity {
        let identity = try requireIdentity()
        guard roles.contains(identity.role) else { throw APIError.forbidden() }
        return identity
    }
}
