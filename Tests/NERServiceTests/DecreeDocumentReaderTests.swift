import DocumentSniffing
import Foundation
import TestDocuments
import Testing
@testable import NERService
@testable import ServiceKit

/// Reading uploads: a PDF's text layer through poppler, OCR only when there is none.
struct DecreeDocumentReaderTests {
    @Test func pdfTextLayerIsReadWithoutOCR() async throws {
        let reader = DecreeDocumentReader(recognizer: FixedRecognizer(text: "from OCR"))
        let pdf = PDFFile.text(lines: ["KEPUTUSAN BUPATI SLEMAN", "NOMOR : 823.3/0456/BKPSDM/2023", "Nama : BUDI SANTOSO"])
        let read = try await reader.read(pdf, requestID: "r1")
        #expect(read.source == "pdf-text")
        #expect(read.text.contains("BUDI SANTOSO"))
        #expect(read.text.contains("823.3/0456/BKPSDM/2023"))
    }

    @Test func pdfWithoutTextGoesToOCR() async throws {
        let reader = DecreeDocumentReader(recognizer: FixedRecognizer(text: "Nama : SITI"))
        let read = try await reader.read(PDFFile.text(lines: []), requestID: "r2")
        #expect(read.source == "pdf-ocr")
        #expect(read.text.contains("SITI"))
    }

    @Test func scannedPagesReachOCRAsJPEGAtThreeHundredDPI() async throws {
        let recorder = PageRecorder()
        _ = try await DecreeDocumentReader(recognizer: recorder).read(PDFFile.text(lines: []), requestID: "r5")
        let pages = await recorder.pages
        #expect(pages.map(\.contentType) == ["image/jpeg"])
        let header = try #require(pages.first.flatMap { ImageHeader.read($0.bytes) })
        #expect(ContentSniffer.kind(of: pages[0].bytes) == .jpeg)
        #expect(abs(header.width - 2479) <= 2 && abs(header.height - 3508) <= 2)
    }

    @Test func hugePageIsScaledDownBeforeRendering() async throws {
        let recorder = PageRecorder()
        let poster = PDFFile.text(lines: [], pageSize: (14_400, 7_200))
        _ = try await DecreeDocumentReader(recognizer: recorder).read(poster, requestID: "r6")
        let header = try #require(await recorder.pages.first.flatMap { ImageHeader.read($0.bytes) })
        #expect(header.width == 5000)
        #expect(abs(header.height - 2500) <= 2)
    }

    @Test func scannedDecreeWithoutOCRIsUnavailableNotACrash() async throws {
        let reader = DecreeDocumentReader(recognizer: nil)
        await #expect(throws: APIError.self) { try await reader.read(PDFFile.text(lines: []), requestID: "r3") }
        await #expect(throws: APIError.self) { try await reader.read(Array("plain words".utf8), requestID: "r4") }
    }
}

/// Keeps every page handed to OCR, with its declared type.
actor PageRecorder: PageRecognizer {
    var pages: [(bytes: [UInt8], contentType: String)] = []

    func text(ofImage bytes: [UInt8], contentType: String, requestID: String) async throws -> String {
        pages.append((bytes, contentType))
        return "Nama : SITI"
    }
}
