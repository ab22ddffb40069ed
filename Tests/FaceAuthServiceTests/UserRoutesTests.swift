import Contracts
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

struct UserRoutesTests {
    /// A value put into one field of the request body.
    enum Value: Sendable {
        case text(String), number(Int), null, absent

        var json: Any? {
            switch self {
            case .text(let text): text
            case .number(let number): number
            case .null: NSNull()
            case .absent: nil
            }
        }
    }

    static let fields = ["username": "Rina.P", "password": "kata-sandi-rina", "role": "applicant", "full_name": "Rina Putri"]

    /// The request body, with `field` set to `value` when given.
    static func body(_ field: String? = nil, _ value: Value = .absent) throws -> ByteBuffer {
        var object: [String: Any] = fields
        if let field { object[field] = value.json }
        return try Wire.json(object)
    }

    @Test func withoutATokenIs401() async throws {
        try await RouteHarness().test { client in
            let response = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(), body: Self.body())
            #expect(response.status == .unauthorized)
            #expect(try Wire.decode(ErrorEnvelope.self, response).error.code == "unauthorized")
        }
    }

    @Test func withABadTokenIs401() async throws {
        try await RouteHarness().test { client in
            let response = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(token: "x.y.z"), body: Self.body())
            #expect(response.status == .unauthorized)
        }
    }

    @Test func employeeIs403() async throws {
        let harness = RouteHarness()
        let token = try await harness.token(role: .employee)
        try await harness.test { client in
            let response = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(token: token), body: Self.body())
            #expect(response.status == .forbidden)
            #expect(try Wire.decode(ErrorEnvelope.self, response).error.code == "forbidden")
        }
        #expect(await harness.users.users.isEmpty)
    }

    @Test func adminCreatesThenDuplicateIs409() async throws {
        let harness = RouteHarness()
        let token = try await harness.token(role: .admin)
        try await harness.test { client in
            let created = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(token: token), body: Self.body())
            #expect(created.status == .created)
            let object = try Wire.object(created)
            #expect(Set(object.keys) == ["id", "username", "role"])
            #expect(object["username"] as? String == "rina.p")
            #expect(object["role"] as? String == "applicant")
            let id = try #require(object["id"] as? String)
            let stored = try #require(try await harness.users.find(username: "rina.p"))
            #expect(stored.id.uuidString.lowercased() == id)
            #expect(try await harness.hasher.verify("kata-sandi-rina", against: stored.passwordHash))

            let again = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(token: token), body: Self.body())
            #expect(again.status == .conflict)
            #expect(try Wire.decode(ErrorEnvelope.self, again).error.code == "conflict")
        }
    }

    @Test(arguments: [("role", Value.text("superuser")), ("role", .text("Admin")), ("role", .number(7)), ("full_name", .null)])
    func badFieldValueIs400(field: String, value: Value) async throws {
        try await expect400(replacing: field, with: value, code: "invalid_field")
    }

    @Test(arguments: ["username", "password", "role", "full_name"])
    func missingFieldIs400(field: String) async throws {
        try await expect400(replacing: field, with: .absent, code: "missing_field")
    }

    @Test func invalidUsernameIs422() async throws {
        let body = try Self.body("username", Value.text("rina putri"))
        let harness = RouteHarness()
        let token = try await harness.token(role: .admin)
        try await harness.test { client in
            let response = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(token: token), body: body)
            #expect(response.status == .unprocessableContent)
        }
    }

    func expect400(replacing field: String, with value: Value, code: String) async throws {
        let harness = RouteHarness()
        let token = try await harness.token(role: .admin)
        let buffer = try Self.body(field, value)
        try await harness.test { client in
            let response = try await client.execute(uri: "/v1/users", method: .post, headers: Wire.headers(token: token), body: buffer)
            #expect(response.status == .badRequest)
            let envelope = try Wire.decode(ErrorEnvelope.self, response)
            #expect(envelope.error.code == code)
            #expect(envelope.error.message.contains(field))
        }
        #expect(await harness.users.users.isEmpty)
    }
}
