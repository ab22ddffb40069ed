import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServiceKit
import Testing
@testable import RegionService

/// A reader that answers with fixed OCR lines, so the image path is tested without an ocr service.
struct FixedReader: ReceiptReader {
    let lines: [String]
    func read(_ image: ByteBuffer, contentType: String, requestID: String, pass: Int) async throws -> OCRResult {
        let ocrLines = lines.enumerated().map { index, text in
            let words = text.split(separator: " ").enumerated().map { OCRWord(text: String($1), box: Box(x: 20 + 80 * $0, y: 40 * index, width: 70, height: 24), confidence: 0.9) }
            return OCRLine(text: text, box: Box(x: 20, y: 40 * index, width: 600, height: 24), confidence: 0.9, words: words)
        }
        return OCRResult(text: lines.joined(separator: "\n"), lines: ocrLines, width: 800, height: 1200)
    }
}

/// `POST /v1/regions/classify` over the router: text and image inputs, and every bad input
/// answered with its 4xx in the envelope.
struct ClassifyRouteTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)

    func withRoute(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "region-test"))
        let reader = FixedReader(lines: ["PENGIRIM: TOKO A", "KOTA MEDAN 20112", "PENERIMA: BUDI", "JL MAWAR 1, KOTA BANDUNG 40115"])
        RegionController(classifier: LoadedClassifier(try RealRegistry.loadedClassifier()), reader: reader, maxImageBytes: 4096, maxTextCharacters: 500).addRoutes(to: router)
        try await Application(router: router).test(.router, body)
    }

    @Test func textAndImageInputs() async throws {
        try await withRoute { client in
            let json = try await client.execute(uri: "/v1/regions/classify", method: .post, headers: [.contentType: "application/json"],
                                                body: ByteBuffer(string: #"{"text":"Penerima: Budi\nKota Medan, Sumatera Utara 20112"}"#))
            #expect(json.status == .ok)
            let answer = try JSONDecoder().decode(RegionClassification.self, from: Data(buffer: json.body))
            #expect(answer.region == .luarJawa)
            let body = String(buffer: json.body)
            #expect(body.contains(#""island_group":"Sumatera""#) && body.contains(#""postal_code":"20112""#))

            let image = try await client.execute(uri: "/v1/regions/classify", method: .post, headers: [.contentType: "image/png"], body: ByteBuffer(bytes: Self.png))
            #expect(image.status == .ok)
            #expect(try JSONDecoder().decode(RegionClassification.self, from: Data(buffer: image.body)).region == .jawa)

            let plain = try await client.execute(uri: "/v1/regions/classify", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "Kepada: Sari\nKota Ambon, Maluku 97128"))
            #expect(try JSONDecoder().decode(RegionClassification.self, from: Data(buffer: plain.body)).province == "Maluku")
        }
    }

    @Test func badInputGetsAClear4xx() async throws {
        let cases: [(String, ByteBuffer, HTTPResponse.Status, String)] = [
            ("application/json", ByteBuffer(string: "{not json"), .badRequest, "malformed_json"),
            ("application/json", ByteBuffer(string: "{}"), .badRequest, "missing_field"),
            ("application/json", ByteBuffer(string: #"{"text":"   "}"#), .badRequest, "invalid_field"),
            ("application/json", ByteBuffer(string: #"{"text":42}"#), .badRequest, "invalid_field"),
            ("application/json", ByteBuffer(string: "{\"text\":\"" + String(repeating: "a", count: 600) + "\"}"), .badRequest, "invalid_field"),
            ("image/png", ByteBuffer(string: "hello, not an image"), .unsupportedMediaType, "unsupported_media_type"),
            ("image/jpeg", ByteBuffer(), .badRequest, "missing_field"),
            ("image/png", ByteBuffer(bytes: Self.png + [UInt8](repeating: 1, count: 5000)), .contentTooLarge, "payload_too_large"),
            ("application/xml", ByteBuffer(string: "<a/>"), .unsupportedMediaType, "unsupported_media_type"),
            ("multipart/form-data; boundary=x", ByteBuffer(string: "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n1\r\n--x--\r\n"), .badRequest, "missing_field"),
        ]
        try await withRoute { client in
            for (type, body, status, code) in cases {
                let response = try await client.execute(uri: "/v1/regions/classify", method: .post, headers: [.contentType: type], body: body)
                #expect(response.status == status, "\(type) → \(code)")
                let envelope = try? JSONDecoder().decode(ErrorEnvelope.self, from: Data(buffer: response.body))
                #expect(envelope?.error.code == code, "\(type)")
            }
        }
    }

    @Test func beforeTheRegistryLoadsTheRouteSaysNotReady() async throws {
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "region-test"))
        RegionController(classifier: LoadedClassifier(), reader: UnavailableReceiptReader(), maxImageBytes: 4096, maxTextCharacters: 500).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in
            let response = try await client.execute(uri: "/v1/regions/classify", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"text":"x"}"#))
            #expect(response.status == .serviceUnavailable)
        }
    }
}
