import Contracts
import DocumentSniffing
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit

/// `POST /v1/regions/classify`: the receipt image (`image/jpeg`, `image/png`, or multipart
/// part `image`) or its text (`{"text"}`, `text/plain`, or multipart field `text`) → the
/// sorting region with its evidence. Receipt text is never logged (it carries names).
struct RegionController: Sendable {
    let classifier: LoadedClassifier
    let reader: any ReceiptReader
    let maxImageBytes: Int
    let maxTextCharacters: Int

    func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/regions/classify") { request, context in
            guard let classifier = classifier.classifier else { throw APIError.notReady("the region registry is still loading") }
            let input = try await input(request)
            let answer: RegionClassification
            switch input {
            case .text(let text):
                answer = classifier.classify(text: try checked(text))
            case .image(let bytes, let contentType):
                answer = try await classifier.classifyImage { pass in
                    try await reader.read(bytes, contentType: contentType, requestID: context.requestID, pass: pass)
                }
            }
            context.logger.info("receipt classified", metadata: ["region": "\(answer.region.rawValue)", "confidence": "\(answer.confidence)"])
            return try Response.json(answer)
        }
    }

    enum Input {
        case text(String)
        case image(ByteBuffer, contentType: String)
    }

    func input(_ request: Request) async throws -> Input {
        let contentType = (request.headers[.contentType] ?? "").lowercased()
        if contentType.hasPrefix("application/json") {
            return .text(try await request.decodeJSON(RegionClassifyRequest.self, limit: maxTextCharacters * 4 + 1024).text)
        }
        let body = try await request.collectBody(limit: maxImageBytes + 64 * 1024)
        if contentType.hasPrefix("multipart/") {
            let form = try MultipartForm.parse(body, contentType: request.headers[.contentType])
            if let part = form.part("image") ?? form.part("file") { return try image(part.body) }
            if let text = form.text("text") { return .text(text) }
            throw APIError.badRequest("missing field 'image' or 'text'", code: .missingField)
        }
        if contentType.hasPrefix("text/plain") {
            guard let text = String(validating: body.readableBytesView, as: UTF8.self) else { throw APIError.badRequest("the text is not UTF-8", code: .invalidField) }
            return .text(text)
        }
        guard contentType.isEmpty || contentType.hasPrefix("image/") || contentType.hasPrefix("application/octet-stream") else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "send a JPEG or PNG receipt image, JSON {\"text\"} or text/plain")
        }
        return try image(body)
    }

    private func image(_ body: ByteBuffer) throws -> Input {
        guard body.readableBytes > 0 else { throw APIError.badRequest("the body is empty; send a JPEG or PNG receipt image or {\"text\"}", code: .missingField) }
        guard body.readableBytes <= maxImageBytes else { throw APIError.payloadTooLarge(limit: maxImageBytes) }
        let kind = ContentSniffer.kind(of: Array(body.readableBytesView.prefix(16)))
        guard kind == .png || kind == .jpeg else { throw APIError(.unsupportedMediaType, .unsupportedMediaType, "expected a JPEG or PNG receipt image") }
        return .image(body, contentType: kind.mediaType)
    }

    private func checked(_ text: String) throws -> String {
        guard !text.allSatisfy(\.isWhitespace) else { throw APIError.badRequest("'text' is empty", code: .invalidField) }
        guard text.count <= maxTextCharacters else {
            throw APIError.badRequest("'text' is longer than \(maxTextCharacters) characters; a receipt is shorter", code: .invalidField)
        }
        return text
    }
}
