import CLeptonica
import Contracts
import DocumentSniffing
import Foundation
import PDFPages
import ServiceKit

/// A PDF transcript's pages for reading, through poppler (Shared/PDFPages) with limits: at most
/// `maxPages` pages, none rendered with its longer side above `maxSide` pixels whatever its
/// printed size. A page made by software keeps its text layer's words (``TranscriptPDFText``:
/// exact, no OCR); any other page is rendered at `maxSide` for OCR (a raw raster, made grey here:
/// poppler's PNG of a noisy scan cost 1–5 s a page). A scan too: the generator's 150 ppi scans
/// read at their own resolution lost 1.4 points of grades (dev seeds 3203/3204: 97.2% against
/// 98.6%) for 170 ms less per page. A corrupt, encrypted or over-long PDF is the
/// client's fault: a 422 in the envelope.
struct TranscriptPDFPages: Sendable {
    var maxPages = 10
    var maxSide = 2200
    var timeout: Duration = .seconds(30)

    /// Every page: its text-layer words where the document carries a trustworthy text layer and
    /// the page draws it (not a scan's hidden OCR) — a page with two tables side by side as two
    /// (``TranscriptPDFSideBySide``) — else the page rendered for OCR.
    func pages(_ pdf: [UInt8]) async throws(APIError) -> [TranscriptPDFPage] {
        let (poppler, count) = try await checked(pdf)
        let text = try await popplerCall { try await poppler.textPages(pdf) }
        let hasText = text.contains { !$0.words.isEmpty }
        // unknown (poppler failed or timed out): no page's text layer is trusted
        let visible = hasText ? try? await poppler.visibleCharacters(pdf, pages: count) : nil
        let words = TranscriptPDFText.words(text, visible: visible, count: count, maxSide: maxSide)
        var pages: [TranscriptPDFPage] = []
        for index in 0..<count {
            if let words = words[index] {
                pages += TranscriptPDFSideBySide.tables(words).map { .words($0) }
                continue
            }
            let pnm = try await popplerCall { try await poppler.rasterPage(pdf, page: index + 1, maxSide: maxSide) }
            pages.append(.image(try Self.png(pnm: pnm)))
        }
        return pages
    }

    /// A poppler for a whole PDF of 1…`maxPages` pages, and its page count.
    private func checked(_ pdf: [UInt8]) async throws(APIError) -> (poppler: Poppler, count: Int) {
        guard ContentSniffer.isComplete(pdf, as: .pdf) else { throw APIError.unprocessable("corrupt_pdf", "the PDF is truncated (no end-of-file marker)") }
        let poppler = Poppler(timeout: timeout, maxPages: maxPages)
        let count = try await popplerCall { try await poppler.pageCount(pdf) }
        guard count >= 1 else { throw APIError.unprocessable("corrupt_pdf", "the PDF has no pages") }
        guard count <= maxPages else {
            throw APIError.unprocessable("too_many_pages", "the PDF has \(count) pages; a transcript of at most \(maxPages) pages is read")
        }
        return (poppler, count)
    }

    private func popplerCall<T>(_ body: () async throws -> T) async throws(APIError) -> T {
        do { return try await body() } catch {
            throw APIError.unprocessable("corrupt_pdf", "the PDF could not be read (corrupt, truncated or encrypted)")
        }
    }

    /// poppler's raster as an uncompressed grey PNG (the page is decoded again at once;
    /// compressing photo noise costs more than the OCR of the page — seconds, in poppler's PNG).
    /// Grey by Leptonica's luminance, as ``ReceiptImage`` makes it of a colour page: the pixels
    /// OCR sees are those of poppler's colour render.
    static func png(pnm: [UInt8]) throws(APIError) -> [UInt8] {
        let decoded = pnm.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) }
        guard let read = Pix(taking: decoded) else { throw APIError.unprocessable("corrupt_pdf", "a page of the PDF could not be rendered") }
        let pix = read.depth == 32 ? read.map { pixConvertRGBToLuminance($0) } : read
        pixSetZlibCompression(pix.pointer, 0)
        guard let png = pix.pngData() else { throw APIError.unprocessable("corrupt_pdf", "a page of the PDF could not be rendered") }
        return png
    }
}

/// One page of a PDF transcript as it is read: words from its text layer, or an image for OCR.
enum TranscriptPDFPage: Sendable {
    case words([OCRWord])
    case image([UInt8])
}

extension TranscriptPDFPage {
    /// The page's image when it is read by OCR.
    var image: [UInt8]? {
        if case .image(let bytes) = self { bytes } else { nil }
    }
}

extension TranscriptReader {
    /// A PDF page's words: its text layer's as they are (level), else OCR of its image (see `levelledWords(_:scale:headers:)`).
    func levelledWords(_ page: TranscriptPDFPage, scale: GradeScale, headers: [TranscriptTable.Header] = []) async throws -> TranscriptLevel.Words {
        switch page {
        case .words(let words): TranscriptLevel.Words(words: words, angle: 0)
        case .image(let bytes): try await levelledWords(bytes, scale: scale, headers: headers, onDesk: false)
        }
    }
}
