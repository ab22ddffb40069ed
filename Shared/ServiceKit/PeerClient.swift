import AsyncHTTPClient
import Contracts
import Foundation
import NIOCore
import NIOHTTP1

/// Typed HTTP/JSON calls to another Periksa service, carrying the request id and the caller's
/// bearer token. Invariants: a peer's envelope error (4xx) comes back as the same ``APIError``;
/// an unreachable or failing peer becomes 502, a slow one 504.
public struct PeerClient: Sendable {
    public let http: HTTPClient
    public let baseURL: String
    public let timeout: Duration

    public init(http: HTTPClient, baseURL: String, timeout: Duration = .seconds(30)) {
        self.http = http
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
    }

    /// POSTs `body` as JSON and decodes the answer.
    public func post<Answer: Decodable>(
        _ path: String, json body: some Encodable, as: Answer.Type, requestID: String, bearer: String? = nil
    ) async throws -> Answer {
        let data = try JSONEncoder().encode(body)
        return try await send(path, method: .POST, body: ByteBuffer(bytes: data), contentType: "application/json", as: Answer.self, requestID: requestID, bearer: bearer)
    }

    /// POSTs raw bytes (an image, a PDF) with their content type and decodes the JSON answer.
    public func post<Answer: Decodable>(
        _ path: String, bytes: ByteBuffer, contentType: String, as: Answer.Type, requestID: String, bearer: String? = nil
    ) async throws -> Answer {
        try await send(path, method: .POST, body: bytes, contentType: contentType, as: Answer.self, requestID: requestID, bearer: bearer)
    }

    public func get<Answer: Decodable>(_ path: String, as: Answer.Type, requestID: String, bearer: String? = nil) async throws -> Answer {
        try await send(path, method: .GET, body: nil, contentType: nil, as: Answer.self, requestID: requestID, bearer: bearer)
    }

    private func send<Answer: Decodable>(
        _ path: String, method: HTTPMethod, body: ByteBuffer?, contentType: String?, as: Answer.Type,
        requestID: String, bearer: String?
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "X-Request-ID", value: requestID)
        if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        if let bearer { request.headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        if let body { request.body = .bytes(body) }
        let response: HTTPClientResponse
        let bytes: ByteBuffer
        do {
            response = try await http.execute(request, timeout: .init(timeout))
            bytes = try await response.body.collect(upTo: 64 << 20)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw APIError(.gatewayTimeout, .upstreamTimeout, "a dependency did not answer in time")
        } catch {
            throw APIError(.badGateway, .upstreamUnavailable, "a dependency is unavailable")
        }
        let data = Data(buffer: bytes)
        guard (200..<300).contains(response.status.code) else {
            if (400..<500).contains(response.status.code), let envelope = try? JSONDecoder().decode(ErrorEnvelope.self, from: data) {
                throw APIError(.init(code: Int(response.status.code)), ErrorCode(rawValue: envelope.error.code), envelope.error.message)
            }
            throw APIError(.badGateway, .upstreamUnavailable, "a dependency failed (status \(response.status.code))")
        }
        do {
            return try JSONDecoder().decode(Answer.self, from: data)
        } catch {
            throw APIError(.badGateway, .upstreamUnavailable, "a dependency answered with an unexpected body")
        }
    }
}
