import Contracts
import ServiceKit

/// Receipt reading as a library: decoding with the service's limits, ``ReceiptImage``
/// preprocessing, then Tesseract (`ind+eng`, automatic page segmentation, so side-by-side
/// address columns come back as separate lines) with word boxes. Used by the
/// `/v1/ocr/receipt` route (sharing the KTP engine pool) and by the region benchmark.
public struct ReceiptOCR: Sendable {
    let pool: EnginePool
    let decoding: ImageDecoding

    /// A reader with its own pool of `engines` Tesseract instances.
    public init(engines: Int) throws {
        self.init(pool: try EnginePool(size: engines, languages: "ind+eng"), decoding: ImageDecoding())
    }

    init(pool: EnginePool, decoding: ImageDecoding) {
        self.pool = pool
        self.decoding = decoding
    }

    /// The prepared image as PNG, for diagnosing a misread receipt.
    public func prepared(_ bytes: [UInt8]) throws -> [UInt8]? {
        ReceiptImage(try decoding.decode(bytes)).text.pngData()
    }

    /// The receipt's lines and words, or an ``APIError`` (`corrupt_image`, `image_too_small`,
    /// `unsupported_media_type`, …) for bad input. Boxes are in the prepared image's pixels.
    /// `pass` 2 is the second reading for a receipt the first left unreadable: larger, local
    /// contrast stretched, the page read as one block (no line dropped as non-text); pass 3 the
    /// same image with sparse-text segmentation (text found anywhere, in any layout).
    public func read(_ bytes: [UInt8], pass: Int = 1) async throws -> OCRResult {
        let decoding = self.decoding
        return try await pool.run { engine throws(APIError) in
            let image = try decoding.decode(bytes)
            if pass >= 2 {
                let prepared = ReceiptImage(image, widthRange: 1400...1800, localContrast: true).text
                return engine.recognize(prepared, mode: pass == 2 ? .block : .sparse)
            }
            return engine.recognize(ReceiptImage(image).text, mode: .auto)
        }
    }
}
