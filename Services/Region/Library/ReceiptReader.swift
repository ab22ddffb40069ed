import Contracts
import NIOCore
import ServiceKit

/// Reads a receipt image into text lines with word boxes. Behind a protocol so the
/// classification route is tested without an ocr service.
public protocol ReceiptReader: Sendable {
    /// `pass` 1 is the usual reading; 2 and 3 slower ones for a receipt the first left unreadable.
    func read(_ image: ByteBuffer, contentType: String, requestID: String, pass: Int) async throws -> OCRResult
}

/// The ocr service's receipt reading (`POST /v1/ocr/receipt`: deskew, background and contrast
/// normalisation for thermal prints and phone photos, then Tesseract with word boxes). Its
/// refusals (not an image, corrupt, too small) come back as the same 4xx.
public struct PeerReceiptReader: ReceiptReader {
    let ocr: PeerClient

    public init(ocr: PeerClient) {
        self.ocr = ocr
    }

    public func read(_ image: ByteBuffer, contentType: String, requestID: String, pass: Int) async throws -> OCRResult {
        try await ocr.post("/v1/ocr/receipt?pass=\(pass)", bytes: image, contentType: contentType, as: OCRResult.self, requestID: requestID)
    }
}

/// No ocr service configured: images are refused with a clear answer; text still works.
public struct UnavailableReceiptReader: ReceiptReader {
    public init() {}

    public func read(_ image: ByteBuffer, contentType: String, requestID: String, pass: Int) async throws -> OCRResult {
        throw APIError(.serviceUnavailable, .notReady, "receipt images cannot be read: no ocr service is configured (PEER_OCR_URL); send {\"text\"} instead")
    }
}
