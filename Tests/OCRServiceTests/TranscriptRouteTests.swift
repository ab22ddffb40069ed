import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceKit
import Testing
@testable import OCRService

/// `POST /v1/transcripts/verify` over the router with the real Tesseract engine: a committed
/// two-or-more-page PDF (Tests/Generators/khs --pdf) read whole, and bad input answered with
/// its 4xx in the envelope.
@Suite struct TranscriptRouteTests {
    func withRoute(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "ocr-test"))
        TranscriptController(reader: try TranscriptReader(engines: 1), maxBytes: 2_000_000).addRoutes(to: router)
        try await Application(router: router).test(.router, body)
    }

    /// A multipart body with the parts `file` (bytes) and `requirements` (text), when given.
    static func form(file: [UInt8]?, requirements: String?) -> (HTTPFields, ByteBuffer) {
        var body = ByteBuffer()
        if let file {
            body.writeString("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"khs.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
            body.writeBytes(file)
            body.writeString("\r\n")
        }
        if let requirements { body.writeString("--b\r\nContent-Disposition: form-data; name=\"requirements\"\r\n\r\n\(requirements)\r\n") }
        body.writeString("--b--\r\n")
        return ([.contentType: "multipart/form-data; boundary=b"], body)
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try FixtureCards.directory("khs").appendingPathComponent(name)))
    }

    struct Truth: Decodable, Sendable {
        struct Row: Decodable, Sendable { var code: String }
        var rows: [Row]
        var student: Student
        var ipk_printed: Double
        var semester: Int
    }

    @Test func multiPagePDFIsReadWhole() async throws {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(Self.fixture("khs-pdf-tau-0033.json")))
        let (headers, body) = Self.form(file: try Self.fixture("khs-pdf-tau-0033.pdf"), requirements: #"{"min_ipk":3.37,"min_semester":5,"courses":[{"name":"Pendidikan Pancasila","min_grade":"A"}]}"#)
        try await withRoute { client in
            let response = try await client.execute(uri: "/v1/transcripts/verify", method: .post, headers: headers, body: body)
            #expect(response.status == .ok)
            let answer = try JSONDecoder().decode(TranscriptVerification.self, from: Data(buffer: response.body))
            let codes = Set(truth.rows.map(\.code))
            // rows from every page (the table runs over 3 pages), the student from the first, the IPK from the last
            let found = answer.courses.filter { codes.contains($0.code ?? "") }.count
            #expect(found >= truth.rows.count - 1, "\(found) of \(truth.rows.count)")
            #expect(answer.student.nim == truth.student.nim)
            #expect(answer.ipkPrinted == truth.ipk_printed)
            #expect(answer.semester == truth.semester)
            #expect(answer.eligible == .notEligible, "\(answer.reasons)")
            #expect(answer.reasons.contains { $0.contains("semester 2 is below") })
        }
    }

    /// Every kind of bad input gets its 4xx and code in the error envelope; a good request after them is still served.
    @Test func badInputGetsAClear4xx() async throws {
        let pdf = try Self.fixture("khs-pdf-tau-0033.pdf")
        let valid = #"{"min_ipk":3.0,"courses":[]}"#
        let cases: [([UInt8]?, String?, HTTPResponse.Status, String)] = [
            (Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".utf8), valid, .unprocessableContent, "corrupt_pdf"),
            (Array(pdf.prefix(pdf.count / 2)), valid, .unprocessableContent, "corrupt_pdf"),
            (Array("name,grade\nKalkulus,A\n".utf8), valid, .unsupportedMediaType, "unsupported_media_type"),
            (pdf, "{not json", .badRequest, "malformed_json"),
            (pdf, #"{"courses":[{"name":"Kalkulus I","min_grade":"Z+"}]}"#, .badRequest, "invalid_field"),
            (pdf, #"{"courses":[],"min_semester":40}"#, .badRequest, "invalid_field"),
            (pdf, #"{"courses":[],"min_ipk":7}"#, .badRequest, "invalid_field"),
            (nil, valid, .badRequest, "missing_field"),
            (pdf, nil, .badRequest, "missing_field"),
        ]
        try await withRoute { client in
            for (file, requirements, status, code) in cases {
                let (headers, body) = Self.form(file: file, requirements: requirements)
                let response = try await client.execute(uri: "/v1/transcripts/verify", method: .post, headers: headers, body: body)
                #expect(response.status == status, "\(code)")
                let envelope = try JSONDecoder().decode(ErrorEnvelope.self, from: Data(buffer: response.body))
                #expect(envelope.error.code == code)
            }
            // and the service goes on serving: a good request after the bad ones is read
            let (headers, body) = Self.form(file: pdf, requirements: valid)
            let response = try await client.execute(uri: "/v1/transcripts/verify", method: .post, headers: headers, body: body)
            #expect(response.status == .ok)
            let answer = try JSONDecoder().decode(TranscriptVerification.self, from: Data(buffer: response.body))
            #expect(!answer.courses.isEmpty, "the transcript was read")
        }
    }
}
