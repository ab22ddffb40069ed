import Contracts
import HTTPTypes

/// The typed error every handler throws; ``ErrorEnvelopeMiddleware`` turns it into the envelope.
/// Invariant: `message` is safe to show a client (no personal data, no internals).
public struct APIError: Error, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var code: ErrorCode
    public var message: String

    public init(_ status: HTTPResponse.Status, _ code: ErrorCode, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String { "\(status.code) \(code.rawValue): \(message)" }

    public static func badRequest(_ message: String, code: ErrorCode = .badRequest) -> APIError {
        APIError(.badRequest, code, message)
    }
    public static func unprocessable(_ code: ErrorCode, _ message: String) -> APIError {
        APIError(.unprocessableContent, code, message)
    }
    public static func unauthorized(_ message: String = "a valid bearer token is required") -> APIError {
        APIError(.unauthorized, .unauthorized, message)
    }
    public static func forbidden(_ message: String = "your role may not do this") -> APIError {
        APIError(.forbidden, .forbidden, message)
    }
    public static func notFound(_ message: String) -> APIError {
        APIError(.notFound, .notFound, message)
    }
    public static func payloadTooLarge(limit: Int) -> APIError {
        APIError(.contentTooLarge, .payloadTooLarge, "the body is larger than the limit of \(limit) bytes")
    }
    public static func notReady(_ message: String) -> APIError {
        APIError(.serviceUnavailable, .notReady, message)
    }
}
