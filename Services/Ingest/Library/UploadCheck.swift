import Contracts
import DocumentSniffing
import Foundation
import ServiceKit

/// What an upload must be before it is accepted: a known type, a non-empty file whose bytes
/// are what its part says, complete, of a kind the type's pipeline reads, with an optional
/// `claimed` JSON object. Images are measured from their header before anything decodes them,
/// so decompression bombs are refused here. Every refusal is a 4xx naming the problem.
struct UploadCheck {
    let registry: PipelineRegistry
    let maxBytes: Int
    var imageLimits = ImageLimits()

    struct Accepted {
        var type: String
        var kind: SniffedKind
        var bytes: [UInt8]
        var claimed: JSONValue?
    }

    func check(_ form: MultipartForm) throws(APIError) -> Accepted {
        guard let type = form.text("type")?.trimmingCharacters(in: .whitespacesAndNewlines), !type.isEmpty else {
            throw .badRequest("missing field 'type'", code: .missingField)
        }
        return try check(form, type: type)
    }

    /// The same checks for a form whose document type is fixed by the route (no `type` part).
    func check(_ form: MultipartForm, type: String) throws(APIError) -> Accepted {
        guard let pipeline = registry.pipeline(for: type) else {
            throw .unprocessable(.unknownDocumentType, "unknown document type; known types: \(registry.types.joined(separator: ", "))")
        }
        guard let file = form.part("file") else { throw .badRequest("missing field 'file'", code: .missingField) }
        guard file.body.readableBytes > 0 else { throw .badRequest("the file is empty", code: .invalidField) }
        guard file.body.readableBytes <= maxBytes else { throw .payloadTooLarge(limit: maxBytes) }
        let bytes = [UInt8](buffer: file.body)
        let kind = ContentSniffer.kind(of: bytes)
        guard kind != .unknown else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "the file is not a PDF, PNG, JPEG or text")
        }
        if let declared = file.contentType, !declared.lowercased().hasPrefix("application/octet-stream") {
            guard SniffedKind(declared: declared) == kind else {
                throw APIError(.unsupportedMediaType, .contentTypeMismatch, "the file's bytes are \(kind.mediaType) but it was sent as \(declared)")
            }
        }
        guard ContentSniffer.isComplete(bytes, as: kind) else {
            throw .unprocessable(.corruptFile, "the \(kind.rawValue.uppercased()) file is truncated or corrupt")
        }
        guard pipeline.accepts.contains(kind) else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "type '\(type)' does not accept \(kind.mediaType)")
        }
        if kind == .png || kind == .jpeg { try checkImage(bytes) }
        let claimed = try claimed(form)
        try pipeline.checkClaimed(claimed)
        return Accepted(type: type, kind: kind, bytes: bytes, claimed: claimed)
    }

    private func checkImage(_ bytes: [UInt8]) throws(APIError) {
        switch imageLimits.check(bytes) {
        case .accepted:
            return
        case .unreadable:
            throw .unprocessable(.corruptFile, "the image header is unreadable")
        case .tooLarge(let header):
            throw .unprocessable("image_too_large", "the image declares \(header.width)×\(header.height) pixels; at most \(imageLimits.maxSide) per side and \(imageLimits.maxPixels) in all are accepted")
        case .tooSmall(let header):
            throw .unprocessable("image_too_small", "the image is \(header.width)×\(header.height) pixels; at least \(imageLimits.minSide) per side is needed")
        }
    }

    private func claimed(_ form: MultipartForm) throws(APIError) -> JSONValue? {
        guard let part = form.part("claimed") else { return nil }
        guard part.body.readableBytes <= 64 * 1024 else { throw .badRequest("'claimed' is larger than 64 KiB", code: .invalidField) }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: part.body)), case .object = value else {
            throw .badRequest("'claimed' must be a JSON object", code: .invalidField)
        }
        return value
    }
}
