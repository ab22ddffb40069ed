import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit

/// `POST /v1/users`: admins create users with a role.
public struct UserController: Sendable {
    let users: any UserStore
    let hasher: PasswordHasher

    public init(users: any UserStore, hasher: PasswordHasher) {
        self.users = users
        self.hasher = hasher
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/users") { request, context in try await create(request, context) }
    }

    func create(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        try context.require([.admin])
        var body = try await request.decodeJSON(CreateUserRequest.self, limit: 16 * 1024)
        body.username = body.username.lowercased()
        try UserValidation.validate(body)
        let record = UserRecord(
            id: UUID(), username: body.username, passwordHash: try await hasher.hash(body.password),
            role: body.role, fullName: body.fullName.trimmingCharacters(in: .whitespaces)
        )
        do {
            try await users.create(record)
        } catch UserStoreError.usernameTaken {
            throw APIError(.conflict, .conflict, "that username is taken")
        }
        context.logger.info("user created", metadata: ["role": "\(record.role.rawValue)"])
        return try Response.json(UserResponse(id: record.id.uuidString.lowercased(), username: record.username, role: record.role), status: .created)
    }
}
