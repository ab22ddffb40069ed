import AsyncHTTPClient
import Contracts
import Foundation
import NIOCore
import NIOHTTP1
import ServiceKit

/// A response as the tests see it: status, headers and body bytes.
struct TestResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: Data

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(T.self, from: body) }
    var envelope: ErrorEnvelope? { try? decode(ErrorEnvelope.self) }
    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
}

/// One part of a multipart form built by a test.
struct FormPart: Sendable {
    var name: String
    var filename: String?
    var contentType: String?
    var data: Data

    static func text(_ name: String, _ value: String) -> FormPart { FormPart(name: name, data: Data(value.utf8)) }
    static func file(_ name: String, _ data: Data, contentType: String?, filename: String = "upload") -> FormPart {
        FormPart(name: name, filename: filename, contentType: contentType, data: data)
    }
}

/// Talks to the gateway like a client would.
struct HTTPTestClient: Sendable {
    let base: String

    func get(_ path: String, token: String? = nil) async throws -> TestResponse {
        try await send(path, method: .GET, body: nil, contentType: nil, token: token)
    }

    func post(_ path: String, json: some Encodable, token: String? = nil) async throws -> TestResponse {
        try await send(path, method: .POST, body: try JSONEncoder().encode(json), contentType: "application/json", token: token)
    }

    func post(_ path: String, raw: Data, contentType: String?, token: String? = nil) async throws -> TestResponse {
        try await send(path, method: .POST, body: raw, contentType: contentType, token: token)
    }

    func post(_ path: String, form parts: [FormPart], token: String? = nil) async throws -> TestResponse {
        var body = MultipartBody()
        for part in parts { body.part(part.name, filename: part.filename, contentType: part.contentType, part.data) }
        return try await send(path, method: .POST, body: Data(buffer: body.closed()), contentType: body.contentType, token: token)
    }

    func send(_ path: String, method: HTTPMethod, body: Data?, contentType: String?, token: String?) async throws -> TestResponse {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: Data(buffer: bytes))
    }

    /// Logs in and returns the access token.
    func login(_ username: String, _ password: String) async throws -> String {
        let response = try await post("/v1/auth/login", json: LoginRequest(username: username, password: password))
        guard response.status == 200 else { throw ClusterError("login failed with \(response.status)") }
        return try response.decode(TokenResponse.self).accessToken
    }

    /// Polls a document until it is done or failed.
    func waitForDocument(_ id: String, token: String, timeout: Duration = .seconds(90)) async throws -> DocumentStatus {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let status = try await get("/v1/documents/\(id)", token: token).decode(DocumentStatus.self)
            if status.status == .done || status.status == .failed { return status }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw ClusterError("document \(id) did not finish in time")
    }
}
