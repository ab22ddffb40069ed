import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The one place where errors become responses: every thrown error leaves as
/// `{"error":{"code","message","request_id"}}` with a fitting status. Unexpected errors are
/// logged (type only, no payloads) and answered 500 without internals.
public struct ErrorEnvelopeMiddleware: RouterMiddleware {
    public typealias Context = ServiceRequestContext

    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.classify(error)
            if apiError.status.code >= 500 {
                context.logger.error("request failed", metadata: [
                    "status": "\(apiError.status.code)", "code": "\(apiError.code.rawValue)",
                    "error_type": "\(String(reflecting: type(of: error)))", "path": "\(request.uri.path)",
                ])
            } else {
                context.logger.info("request refused", metadata: [
                    "status": "\(apiError.status.code)", "code": "\(apiError.code.rawValue)", "path": "\(request.uri.path)",
                ])
            }
            return Self.response(for: apiError, requestID: context.requestID)
        }
    }

    /// The envelope response for an error; also used by the gateway for its own failures.
    public static func response(for error: APIError, requestID: String) -> Response {
        let envelope = ErrorEnvelope(code: error.code.rawValue, message: error.message, requestID: requestID)
        let data = (try? JSONEncoder().encode(envelope)) ?? Data(#"{"error":{"code":"internal_error","message":"","request_id":""}}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if !requestID.isEmpty { headers[RequestIDMiddleware.header] = requestID }
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Maps any error to an ``APIError``: ours as they are, the framework's by status,
    /// decoding errors to 400 with the field that failed, anything else to 500.
    public static func classify(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as DecodingError:
            return JSONBodyError.describe(error)
        case let error as any HTTPResponseError:
            return frameworkError(status: error.status, detail: (error as? HTTPError)?.body)
        default:
            return APIError(.internalServerError, .internalError, "internal error; quote the request id when reporting it")
        }
    }

    static func frameworkError(status: HTTPResponse.Status, detail: String?) -> APIError {
        switch status {
        case .notFound: return APIError(status, .notFound, "no such route")
        case .methodNotAllowed: return APIError(status, .methodNotAllowed, "method not allowed on this route")
        case .contentTooLarge: return APIError(status, .payloadTooLarge, "the body is too large")
        case .badRequest: return APIError(status, .badRequest, detail ?? "bad request")
        case .unauthorized: return APIError.unauthorized()
        default:
            let code: ErrorCode = status.code >= 500 ? .internalError : .badRequest
            return APIError(status, code, detail ?? status.reasonPhrase)
        }
    }
}
