import OCRService
import ServiceKit

/// ocr: reads documents (Tesseract + Leptonica) — KTP and KHS parsers arrive with their issues.
@main
struct OCRServer {
    static func main() async throws {
        let app = try await buildApplication(try ServiceConfig(name: "ocr", defaultPort: 8082))
        try await app.runService()
    }
}
