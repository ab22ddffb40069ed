import AsyncHTTPClient
import Contracts
import Foundation
import Hummingbird
import Logging
import NIOCore
import Testing
@testable import IngestService
@testable import ServiceKit

/// The `khs` pipeline against a stand-in ocr on a loopback port: it sends the stored file and
/// the document's requirements as ocr's multipart form, keeps ocr's answer as the result, fails
/// for good on ocr's refusal and leaves an unavailable ocr to the retry; bad requirements are
/// refused at upload.
@Suite(.timeLimit(.minutes(1)))
struct KHSPipelineTests {
    struct DidNotStart: Error {}

    static let answer = TranscriptVerification(
        student: Student(name: nil, nim: nil), courses: [CourseRow(code: nil, name: "Basis Data", sks: 3, grade: "A")],
        ipk: 3.5, ipkPrinted: 3.5, eligible: .eligible, reasons: [])

    /// A stand-in ocr: echoes what it received in `reasons` unless the file says `refuse`/`down`.
    static func ocr() -> Router<ServiceRequestContext> {
        let router = Router(context: ServiceRequestContext.self)
        router.add(middleware: ErrorEnvelopeMiddleware())
        router.post("/v1/transcripts/verify") { request, _ -> Response in
            let form = try MultipartForm.parse(try await request.collectBody(limit: 1 << 20), contentType: request.headers[.contentType])
            let file = form.part("file").map { String(buffer: $0.body) } ?? ""
            if file == "refuse" { throw APIError.unprocessable("not_a_transcript", "no course table was found") }
            if file == "down" { throw APIError.notReady("busy") }
            var answer = Self.answer
            answer.reasons = [file, form.part("file")?.contentType ?? "", form.text("requirements") ?? ""]
            return try Response.json(answer)
        }
        return router
    }

    static func withPipeline(_ body: @Sendable (KHSPipeline) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: ocr(), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: { var logger = Logger(label: "fake-ocr"); logger.logLevel = .critical; return logger }())
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw DidNotStart() }
            try await body(KHSPipeline(ocr: PeerClient(http: HTTPClient.shared, baseURL: "http://127.0.0.1:\(port)", timeout: .seconds(5))))
            group.cancelAll()
        }
    }

    static func input(_ file: String, claimed: JSONValue?) -> PipelineInput {
        var document = Samples.document(type: "khs")
        document.contentType = "image/jpeg"
        document.claimed = claimed
        return PipelineInput(document: document, bytes: Array(file.utf8), requestID: "req-1")
    }

    @Test func theFileAndRequirementsReachOCRAndItsAnswerIsTheResult() async throws {
        try await Self.withPipeline { pipeline in
            let claimed: JSONValue = .object(["min_ipk": .number(3), "courses": .array([]), "min_semester": .number(4)])
            let result = try await pipeline.run(Self.input("page", claimed: claimed))
            let verification = try JSONDecoder().decode(TranscriptVerification.self, from: JSONEncoder().encode(result))
            #expect(verification.eligible == .eligible && verification.courses == Self.answer.courses)
            #expect(verification.reasons.prefix(2) == ["page", "image/jpeg"])
            let sent = try JSONDecoder().decode(JSONValue.self, from: Data(verification.reasons[2].utf8))
            #expect(sent == claimed, "the requirements pass through untouched")

            let readOnly = try await pipeline.run(Self.input("page", claimed: nil))
            let plain = try JSONDecoder().decode(TranscriptVerification.self, from: JSONEncoder().encode(readOnly))
            #expect(plain.reasons.last == #"{"courses":[]}"#)
        }
    }

    @Test func ocrRefusalIsPermanentAndUnavailabilityIsRetried() async throws {
        try await Self.withPipeline { pipeline in
            await #expect {
                _ = try await pipeline.run(Self.input("refuse", claimed: nil))
            } throws: { error in
                guard case PipelineError.permanent(let reason) = error else { return false }
                return reason.contains("not_a_transcript")
            }
            await #expect {
                _ = try await pipeline.run(Self.input("down", claimed: nil))
            } throws: { error in !(error is PipelineError) }
        }
    }

    @Test func unusableRequirementsAreRefusedAtUpload() throws {
        let pipeline = KHSPipeline(ocr: PeerClient(http: HTTPClient.shared, baseURL: "http://127.0.0.1:9"))
        #expect(throws: APIError.self) { try pipeline.checkClaimed(.object(["min_ipk": .number(3)])) }
        #expect(throws: APIError.self) { try pipeline.checkClaimed(.object(["min_ipk": .number(9), "courses": .array([])])) }
        #expect(throws: Never.self) { try pipeline.checkClaimed(nil) }
        #expect(throws: Never.self) {
            try pipeline.checkClaimed(.object(["courses": .array([.object(["name": .string("Basis Data"), "min_grade": .string("B")])])]))
        }
    }
}
