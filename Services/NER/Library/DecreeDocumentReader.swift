import Contracts
import DocumentSniffing
import PDFPages
import ServiceKit

/// Reads the words on an image page; in production the ocr service's `POST /v1/ocr`.
public protocol PageRecognizer: Sendable {
    func text(ofImage bytes: [UInt8], contentType: String, requestID: String) async throws -> String
}

/// Turns an uploaded decree into text: a PDF's own text layer when it has one, else its pages
/// rendered and read by OCR; a PNG or JPEG straight to OCR. The bytes decide the kind, never
/// the declared content type.
public struct DecreeDocumentReader: Sendable {
    let poppler: Poppler
    let recognizer: (any PageRecognizer)?

    public init(poppler: Poppler = Poppler(), recognizer: (any PageRecognizer)?) {
        self.poppler = poppler
        self.recognizer = recognizer
    }

    /// The text and where it came from (`pdf-text`, `pdf-ocr`, `image-ocr`).
    public func read(_ bytes: [UInt8], requestID: String) async throws -> (text: String, source: String) {
        let kind = ContentSniffer.kind(of: bytes)
        switch kind {
        case .pdf:
            guard ContentSniffer.isComplete(bytes, as: .pdf) else { throw APIError.unprocessable(.corruptFile, "the PDF is truncated or corrupt") }
            let layer = try await pdf { try await poppler.text(bytes) }
            if layer.filter(\.isLetter).count >= 20 { return (layer, "pdf-text") }
            let pages = try await pdf { try await poppler.pageJPEGs(bytes, dpi: 300) }
            var texts: [String] = []
            for page in pages { texts.append(try await recognize(page, contentType: "image/jpeg", requestID: requestID)) }
            return (texts.joined(separator: "\n"), "pdf-ocr")
        case .png, .jpeg:
            return (try await recognize(bytes, contentType: kind.mediaType, requestID: requestID), "image-ocr")
        case .text, .unknown:
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "the file is not a PDF, PNG or JPEG; send the decree as one of those, or its text as JSON")
        }
    }

    private func pdf<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as PDFPagesError {
            throw APIError.unprocessable(.corruptFile, error.message)
        }
    }

    private func recognize(_ image: [UInt8], contentType: String, requestID: String) async throws -> String {
        guard let recognizer else { throw APIError(.serviceUnavailable, .upstreamUnavailable, "OCR is not configured for scanned decrees") }
        return try await recognizer.text(ofImage: image, contentType: contentType, requestID: requestID)
    }
}

/// ``PageRecognizer`` through the ocr service.
public struct OCRPeerRecognizer: PageRecognizer {
    let peer: PeerClient

    public init(peer: PeerClient) { self.peer = peer }

    public func text(ofImage bytes: [UInt8], contentType: String, requestID: String) async throws -> String {
        try await peer.post("/v1/ocr", bytes: .init(bytes: bytes), contentType: contentType, as: OCRResult.self, requestID: requestID).text
    }
}
