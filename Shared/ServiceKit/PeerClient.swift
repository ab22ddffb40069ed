import AsyncHTTPClient
import Contracts
import Foundation
import NIOCore
import NIOHTTP1

/// Typed HTTP/JSON calls to another Periksa service, carrying the request id and a bearer token
/// (the caller's, or this service's own from `credentials`). Invariants: a peer's envelope error
/// (4xx) comes back as the same ``APIError``; an unreachable or failing peer becomes 502, a slow
/// one 504; a 401 for this service's own token is retried once with a fresh token.
public struct PeerClient: Sendable {
    public let http: HTTPClient
    public let baseURL: String
    public let timeout: Duration
    public let credentials: (any BearerSource)?

    public init(http: HTTPClient, baseURL: String, timeout: Duration = .seconds(30), credentials: (any BearerSource)? = nil) {
        self.http = http
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.credentials = credentials
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
        guard bearer == nil, let credentials else {
            return try await exchange(path, method: method, body: body, contentType: contentType, as: Answer.self, requestID: requestID, bearer: bearer)
        }
        let token = try await ownToken(credentials)
        do {
            return try await exchange(path, method: method, body: body, contentType: contentType, as: Answer.self, requestID: requestID, bearer: token)
        } catch let error as APIError where error.status == .unauthorized {
            await credentials.discard(token)
            let fresh = try await ownToken(credentials)
            return try await exchange(path, method: method, body: body, contentType: contentType, as: Answer.self, requestID: requestID, bearer: fresh)
        }
    }

    /// This service's token; failing to get one is the token issuer being unavailable (502).
    private func ownToken(_ credentials: any BearerSource) async throws -> String {
        do {
            return try await credentials.bearer()
        } catch let error as APIError where error.status.code >= 500 {
            throw error
        } catch {
            throw APIError(.badGateway, .upstreamUnavailable, "this service could not obtain its own token from face-auth")
        }
    }

    private func exchange<Answer: Decodable>(
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
