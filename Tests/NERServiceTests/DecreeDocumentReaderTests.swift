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

    @Test func scannedDecreeWithoutOCRIsUnavailableNotACrash() async throws {
        let reader = DecreeDocumentReader(recognizer: nil)
        await #expect(throws: APIError.self) { try await reader.read(PDFFile.text(lines: []), requestID: "r3") }
        await #expect(throws: APIError.self) { try await reader.read(Array("plain words".utf8), requestID: "r4") }
    }
}
