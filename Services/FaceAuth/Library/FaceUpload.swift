import Contracts
import Foundation
import Hummingbird
import NIOCore
import ServiceKit

/// The photos (and text fields) of a face request: a multipart form with `image` parts, or a
/// bare `image/jpeg` / `image/png` body. The declared types are not trusted; the reader sniffs.
struct FaceUpload: Sendable {
    var form: MultipartForm?
    var images: [(bytes: [UInt8], mediaType: String)]

    static let limit = 24 * 1024 * 1024

    static func read(_ request: Request, maxImages: Int = 1) async throws -> FaceUpload {
        let body = try await request.collectBody(limit: limit)
        let contentType = request.headers[.contentType]
        if let contentType, contentType.lowercased().hasPrefix("multipart/") {
            let form = try MultipartForm.parse(body, contentType: contentType)
            let parts = form.parts("image")
            guard !parts.isEmpty else { throw APIError.badRequest("the form needs an `image` part", code: .missingField) }
            guard parts.count <= maxImages else { throw APIError.badRequest("at most \(maxImages) images per request", code: .invalidField) }
            return FaceUpload(form: form, images: parts.map { (Array(buffer: $0.body), $0.contentType ?? "application/octet-stream") })
        }
        guard body.readableBytes > 0 else { throw APIError.badRequest("the body is empty; an image is expected", code: .missingField) }
        return FaceUpload(form: nil, images: [(Array(buffer: body), contentType ?? "application/octet-stream")])
    }

    /// A required UUID field of the form (`user_id`).
    func uuid(_ name: String) throws(APIError) -> UUID {
        guard let text = form?.text(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            throw .badRequest("the form needs a `\(name)` field", code: .missingField)
        }
        guard let id = UUID(uuidString: text) else { throw .badRequest("`\(name)` must be a UUID", code: .invalidField) }
        return id
    }
}
