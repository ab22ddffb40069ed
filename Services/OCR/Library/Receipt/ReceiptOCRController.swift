import Hummingbird
import ServiceKit

/// `POST /v1/ocr/receipt[?pass=2]`: a shipping receipt image (body or multipart part `image`)
/// → its text, lines and words, after the receipt preprocessing of ``ReceiptImage``. Internal: the
/// region service calls it; the gateway does not route it.
struct ReceiptOCRController: Sendable {
    let ocr: ReceiptOCR
    let images: OCRController

    func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/ocr/receipt") { request, _ in
            let pass = request.uri.queryParameters.get("pass").flatMap { Int($0) } ?? 1
            return try Response.json(try await ocr.read(try await images.imageBytes(request), pass: pass))
        }
    }
}
