import Contracts
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit

/// `POST /v1/ocr` (any image → text, lines, words) and `POST /v1/ktp/extract` (an e-KTP →
/// its fields). Both take the image as the body (`image/jpeg`, `image/png`) or as the
/// multipart part `image`; the bytes decide the format, never the header.
struct OCRController: Sendable {
    let extractor: KTPExtractor
    let maxImageBytes: Int

    func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/ocr") { request, context in
            let bytes = try await imageBytes(request)
            let decoding = extractor.reader.decoding
            let result = try await extractor.pool.run { engine throws(APIError) in
                let image = try decoding.decode(bytes)
                return engine.recognize(CardImage(card: image).text, mode: .auto)
            }
            return try Response.json(result)
        }
        router.post("/v1/ktp/extract") { request, context in
            guard extractor.registry.isLoaded else { throw APIError.notReady("the region registry is still loading") }
            let bytes = try await imageBytes(request)
            let extraction = try await extractor.extract(bytes)
            context.logger.info("ktp read", metadata: [
                "fields": "\(KTPFields.CodingKeys.allCases.filter { extraction.fields[$0] != nil }.count)",
                "nik_valid": "\(extraction.nikCheck.valid)",
            ])
            return try Response.json(extraction)
        }
    }

    /// The image bytes from a raw body or the multipart part `image`.
    func imageBytes(_ request: Request) async throws -> [UInt8] {
        let body = try await request.collectBody(limit: maxImageBytes + 64 * 1024)
        let contentType = request.headers[.contentType] ?? ""
        if contentType.lowercased().hasPrefix("multipart/") {
            let form = try MultipartForm.parse(body, contentType: contentType)
            guard let part = form.part("image") else { throw APIError.badRequest("missing field 'image'", code: .missingField) }
            guard part.body.readableBytes <= maxImageBytes else { throw APIError.payloadTooLarge(limit: maxImageBytes) }
            return [UInt8](buffer: part.body)
        }
        guard body.readableBytes > 0 else { throw APIError.badRequest("the body is empty; send a JPEG or PNG image", code: .missingField) }
        guard body.readableBytes <= maxImageBytes else { throw APIError.payloadTooLarge(limit: maxImageBytes) }
        return [UInt8](buffer: body)
    }
}
