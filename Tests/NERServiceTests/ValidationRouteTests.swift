import Contracts
import DecreeCorpus
import DecreeEntities
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RouteTesting
import Synchronization
import TestDocuments
import Testing
@testable import NERService
@testable import ServiceKit

/// Keeps decisions in memory for route tests.
final class MemoryDecisionStore: DecisionStore {
    let records = Mutex<[DecisionRecord]>([])
    func record(_ decision: DecisionRecord) async throws { records.withLock { $0.append(decision) } }
    func decision(id: UUID) async throws -> DecisionRecord? { records.withLock { $0.first { $0.id == id } } }
}

/// A recognizer that returns fixed text for any image.
struct FixedRecognizer: PageRecognizer {
    let text: String
    func text(ofImage bytes: [UInt8], contentType: String, requestID: String) async throws -> String { text }
}

/// `POST /v1/ner/extract` and `POST /v1/sk/validate` through the router, with the real model.
struct ValidationRouteTests {
    static let onBehalf = HTTPField.Name("X-Periksa-On-Behalf-Of")!
    /// ingest's workers: a service token naming the user they act for.
    static func viaIngest(_ user: String) -> HTTPFields {
        [.contentType: "application/json", TestIdentityMiddleware.role: "service", TestIdentityMiddleware.user: "ingest", onBehalf: user]
    }
    static let decree = DecreeCorpus.make(.test, count: 1)[0]

    func test(store: MemoryDecisionStore = MemoryDecisionStore(), ocrText: String = "", _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let validator = SKValidator(
            extractor: DecreeEntityExtractor(model: try DecreeModelSource.bundled()), comparison: SKComparison(), store: store,
            limits: TextLimits(maxCharacters: 50_000))
        let router = ServiceRouter.make(checks: [], metrics: RequestMetrics(service: "ner"))
        router.add(middleware: TestIdentityMiddleware())
        NERController(
            validator: validator, reader: DecreeDocumentReader(recognizer: FixedRecognizer(text: ocrText)), limits: validator.limits,
            maxUploadBytes: 1 << 20
        ).addRoutes(to: router)
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    static func json(_ value: some Encodable) throws -> ByteBuffer { ByteBuffer(bytes: try JSONEncoder().encode(value)) }

    static func proposal(from decree: LabelledDecree) -> SKProposal {
        let scalars = Array(decree.text.unicodeScalars)
        func gold(_ label: EntityLabel) -> String? {
            decree.spans.first { $0.label == label }.map { span in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[span.start..<span.end])
                return String(view)
            }
        }
        return SKProposal(nip: gold(.nipPNS).flatMap(NIPPattern.digits), nama: gold(.namaPNS).map { EntityValue.name($0) },
                          tmtKP: gold(.tmtKP).flatMap(DatePattern.normalise))
    }

    @Test func extractAnswersSpansThatMatchTheText() async throws {
        try await test { client in
            let response = try await client.execute(
                uri: "/v1/ner/extract", method: .post, headers: [.contentType: "application/json", TestIdentityMiddleware.role: "operator"],
                body: try Self.json(NERRequest(text: Self.decree.text)))
            #expect(response.status == .ok)
            let answer = try JSONDecoder().decode(NERResponse.self, from: Data(buffer: response.body))
            let scalars = Array(Self.decree.text.unicodeScalars)
            #expect(Set(answer.entities.map(\.label)) == Set(EntityLabel.allCases.map(\.rawValue)))
            for entity in answer.entities {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[entity.start..<entity.end])
                #expect(String(view) == entity.text)
            }
        }
    }

    @Test func validationFromTextIsDecidedAndStored() async throws {
        let store = MemoryDecisionStore()
        try await test(store: store) { client in
            let request = SKValidateRequest(text: Self.decree.text, proposed: Self.proposal(from: Self.decree))
            let response = try await client.execute(
                uri: "/v1/sk/validate", method: .post, headers: Self.viaIngest("clerk-7"),
                body: try Self.json(request))
            #expect(response.status == .ok)
            let answer = try JSONDecoder().decode(SKValidation.self, from: Data(buffer: response.body))
            #expect(answer.decision == .approve, "\(answer.reasons)")
            #expect(answer.fields.map(\.field) == ["nip", "nama", "tmt_kp"])
            let stored = try #require(store.records.withLock { $0.first })
            #expect(stored.caller.userID == "clerk-7")
            #expect(stored.caller.role == "via-ingest")
            #expect(stored.inputSHA256.count == 64 && stored.proposalSHA256.count == 64)
            #expect(stored.validation.decision == answer.decision)
            #expect(stored.modelVersion == answer.modelVersion)
        }
    }

    @Test func badInputGetsAClear4xx() async throws {
        try await test { client in
            let headers = Self.viaIngest("clerk")
            let empty = try await client.execute(uri: "/v1/sk/validate", method: .post, headers: headers,
                                                 body: try Self.json(SKValidateRequest(text: "  \n ", proposed: SKProposal(nip: "1"))))
            #expect(empty.status == .badRequest)
            #expect(String(buffer: empty.body).contains("empty_text"))
            let huge = String(repeating: "Keputusan Bupati ", count: 300_000)
            let big = try await client.execute(uri: "/v1/sk/validate", method: .post, headers: headers,
                                               body: try Self.json(SKValidateRequest(text: huge, proposed: SKProposal())))
            #expect(big.status == .contentTooLarge)
            let malformed = try await client.execute(uri: "/v1/ner/extract", method: .post, headers: headers, body: ByteBuffer(string: "{\"text\":"))
            #expect(malformed.status == .badRequest)
            let wrongType = try await client.execute(uri: "/v1/ner/extract", method: .post, headers: headers,
                                                     body: try Self.json(NERRequest(text: "x", documentType: "ktp")))
            #expect(wrongType.status == .badRequest)
            let anonymous = try await client.execute(uri: "/v1/sk/validate", method: .post, headers: [.contentType: "application/json"],
                                                     body: try Self.json(SKValidateRequest(text: "x", proposed: SKProposal())))
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func uploadsThatAreNotDecreesAreRefused() async throws {
        try await test(ocrText: "  ") { client in
            func upload(_ bytes: [UInt8], proposed: String? = "{}") async throws -> TestResponse {
                var body = MultipartBody()
                body.part("file", filename: "x", bytes)
                if let proposed { body.field("proposed", proposed) }
                return try await client.execute(uri: "/v1/sk/validate", method: .post, headers: [
                    .contentType: body.contentType, TestIdentityMiddleware.role: "employee"], body: body.closed())
            }
            let notPDF = try await upload(Array("just some words, not a PDF".utf8))
            #expect(notPDF.status == .unsupportedMediaType)
            let truncated = try await upload(Array("%PDF-1.4 truncated".utf8))
            #expect(truncated.status == .unprocessableContent)
            let blank = try await upload(PDFFile.text(lines: []))
            #expect(blank.status == .unprocessableContent)
            #expect(String(buffer: blank.body).contains("no_text"))
            let unproposed = try await upload(PDFFile.text(lines: ["Nama : BUDI"]), proposed: nil)
            #expect(unproposed.status == .badRequest)
            let malformed = try await upload(PDFFile.text(lines: ["Nama : BUDI"]), proposed: "{nip")
            #expect(malformed.status == .badRequest)
        }
    }

    @Test func onlyAServiceMayActForSomeoneElse() async throws {
        let store = MemoryDecisionStore()
        try await test(store: store) { client in
            let body = try Self.json(SKValidateRequest(text: Self.decree.text, proposed: Self.proposal(from: Self.decree)))
            let employee: HTTPFields = [
                .contentType: "application/json", TestIdentityMiddleware.role: "employee", TestIdentityMiddleware.user: "emp-1", Self.onBehalf: "boss"]
            let own = try await client.execute(uri: "/v1/sk/validate", method: .post, headers: employee, body: body)
            #expect(own.status == .ok)
            #expect(store.records.withLock { $0.map(\.caller.userID) } == ["emp-1"])
            var unnamed = Self.viaIngest("")
            unnamed[Self.onBehalf] = nil
            let service = try await client.execute(uri: "/v1/sk/validate", method: .post, headers: unnamed, body: body)
            #expect(service.status == .badRequest)
            let kiosk = try await client.execute(
                uri: "/v1/ner/extract", method: .post, headers: [.contentType: "application/json", TestIdentityMiddleware.role: "kiosk"],
                body: try Self.json(NERRequest(text: "x")))
            #expect(kiosk.status == .forbidden)
            let anonymous = try await client.execute(
                uri: "/v1/ner/extract", method: .post, headers: [.contentType: "application/json"], body: try Self.json(NERRequest(text: "x")))
            #expect(anonymous.status == .unauthorized)
        }
    }
}
