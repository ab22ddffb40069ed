import Foundation
import OCRService
import ServiceKit

/// ocr: Tesseract + Leptonica reading of images and e-KTP extraction.
@main
struct OCRServer {
    static func main() async throws {
        try OpenMPLimit.ensureSingleThreaded()
        let app = try await buildApplication(try OCRConfig())
        try await app.runService()
    }
}
