import DocumentSniffing
import PDFPages
import ServiceKit

/// A PDF transcript's pages as PNG images for OCR, through poppler (Shared/PDFPages) with limits:
/// at most `maxPages` pages, each rendered with its longer side `maxSide` pixels whatever its
/// printed size. A corrupt, encrypted or over-long PDF is the client's fault: a 422 in the envelope.
struct TranscriptPDFPages: Sendable {
    var maxPages = 10
    var maxSide = 2200
    var timeout: Duration = .seconds(30)

    func images(_ pdf: [UInt8]) async throws(APIError) -> [[UInt8]] {
        guard ContentSniffer.isComplete(pdf, as: .pdf) else { throw APIError.unprocessable("corrupt_pdf", "the PDF is truncated (no end-of-file marker)") }
        let poppler = Poppler(timeout: timeout, maxPages: maxPages)
        do {
            let count = try await poppler.pageCount(pdf)
            guard count >= 1 else { throw APIError.unprocessable("corrupt_pdf", "the PDF has no pages") }
            guard count <= maxPages else {
                throw APIError.unprocessable("too_many_pages", "the PDF has \(count) pages; a transcript of at most \(maxPages) pages is read")
            }
            return try await poppler.pageImages(pdf, maxSide: maxSide)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.unprocessable("corrupt_pdf", "the PDF could not be read (corrupt, truncated or encrypted)")
        }
    }
}
