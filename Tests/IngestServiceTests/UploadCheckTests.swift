import Contracts
import DocumentSniffing
import Testing
@testable import IngestService
@testable import ServiceKit

/// What an upload must be before it is accepted; each refusal has its own status and code.
struct UploadCheckTests {
    static let registry: PipelineRegistry = {
        var registry = PipelineRegistry()
        registry.register("raw", ScriptedPipeline { _, _ in .null })
        registry.register("ktp", ScriptedPipeline(accepts: [.jpeg, .png]) { _, _ in .null })
        return registry
    }()
    let check = UploadCheck(registry: Self.registry, maxBytes: 4096)

    func refusal(_ build: (inout MultipartBody) -> Void) throws -> APIError? {
        var body = MultipartBody()
        build(&body)
        do {
            _ = try check.check(try MultipartForm.parse(body.closed(), contentType: body.contentType))
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsWhatTheBytesAreNotWhatTheHeaderSays() throws {
        var body = MultipartBody()
        body.field("type", " raw\n")
        body.file(SampleBytes.pdf, contentType: "application/octet-stream")
        body.part("claimed", filename: nil, contentType: "application/json", Array(#"{"nama":"SITI"}"#.utf8))
        let accepted = try check.check(try MultipartForm.parse(body.closed(), contentType: body.contentType))
        #expect(accepted.type == "raw")
        #expect(accepted.kind == .pdf)
        #expect(accepted.bytes == SampleBytes.pdf)
        #expect(accepted.claimed?["nama"] == .string("SITI"))
    }

    @Test func acceptsAnImageWithoutDeclaredType() throws {
        var body = MultipartBody()
        body.field("type", "ktp")
        body.file(SampleBytes.jpeg(width: 1600, height: 1010), contentType: nil)
        #expect(try check.check(try MultipartForm.parse(body.closed(), contentType: body.contentType)).kind == .jpeg)
    }

    @Test func missingTypeOrFileIs400() throws {
        let noType = try refusal { $0.file(SampleBytes.pdf, contentType: "application/pdf") }
        #expect(noType?.status == .badRequest && noType?.code == .missingField)
        let noFile = try refusal { $0.field("type", "raw") }
        #expect(noFile?.status == .badRequest && noFile?.code == .missingField)
        let empty = try refusal {
            $0.field("type", "raw")
            $0.file([], contentType: "application/pdf")
        }
        #expect(empty?.status == .badRequest)
    }

    @Test func unknownTypeIs422ListingTheKnownOnes() throws {
        let error = try refusal {
            $0.field("type", "passport")
            $0.file(SampleBytes.pdf, contentType: "application/pdf")
        }
        #expect(error?.status == .unprocessableContent)
        #expect(error?.code == .unknownDocumentType)
        #expect(error?.message.contains("ktp, raw") == true)
    }

    @Test func oversizedFileIs413() throws {
        let error = try refusal {
            $0.field("type", "raw")
            $0.file(Array(repeating: 0x41, count: 4097), contentType: "text/plain")
        }
        #expect(error?.status == .contentTooLarge)
    }

    @Test(arguments: [("image/jpeg", "png"), ("application/pdf", "png"), ("image/png", "pdf"), ("text/plain", "jpeg")])
    func bytesContradictingTheDeclaredTypeAre415(declared: String, actual: String) throws {
        let bytes = switch actual {
        case "png": SampleBytes.png(width: 100, height: 100)
        case "jpeg": SampleBytes.jpeg(width: 100, height: 100)
        default: SampleBytes.pdf
        }
        let error = try refusal {
            $0.field("type", "raw")
            $0.file(bytes, contentType: declared)
        }
        #expect(error?.status == .unsupportedMediaType)
        #expect(error?.code == .contentTypeMismatch)
    }

    @Test func unknownBytesAre415() throws {
        let error = try refusal {
            $0.field("type", "raw")
            $0.file(Array("GIF89a".utf8) + [0, 1, 2, 3], contentType: "image/gif")
        }
        #expect(error?.status == .unsupportedMediaType)
        #expect(error?.code == .unsupportedMediaType)
    }

    @Test func truncatedFilesAre422() throws {
        for (bytes, declared) in [
            (Array(SampleBytes.pdf.dropLast(8)), "application/pdf"),
            (Array(SampleBytes.png(width: 50, height: 50).dropLast(5)), "image/png"),
            (Array(SampleBytes.jpeg(width: 50, height: 50).dropLast(2)), "image/jpeg"),
        ] {
            let error = try refusal {
                $0.field("type", "raw")
                $0.file(bytes, contentType: declared)
            }
            #expect(error?.status == .unprocessableContent, "\(declared)")
            #expect(error?.code == .corruptFile, "\(declared)")
        }
    }

    @Test func kindTheTypeCannotReadIs415() throws {
        let error = try refusal {
            $0.field("type", "ktp")
            $0.file(SampleBytes.pdf, contentType: "application/pdf")
        }
        #expect(error?.status == .unsupportedMediaType)
    }

    @Test func decompressionBombIsRefusedFromItsHeader() throws {
        let bomb = SampleBytes.png(width: 80_000, height: 80_000)
        let error = try refusal {
            $0.field("type", "raw")
            $0.file(bomb, contentType: "image/png")
        }
        #expect(error?.status == .unprocessableContent)
        #expect(error?.code.rawValue == "image_too_large")
    }

    @Test func imageWithABrokenHeaderIsCorrupt() throws {
        var broken = SampleBytes.png(width: 100, height: 100)
        broken.replaceSubrange(12..<16, with: Array("JUNK".utf8))
        let error = try refusal {
            $0.field("type", "raw")
            $0.file(broken, contentType: "image/png")
        }
        #expect(error?.code == .corruptFile)
    }

    @Test(arguments: [#"["a"]"#, #""text""#, "{not json", "42"])
    func claimedMustBeAJSONObject(claimed: String) throws {
        let error = try refusal {
            $0.field("type", "raw")
            $0.file(SampleBytes.pdf, contentType: "application/pdf")
            $0.field("claimed", claimed)
        }
        #expect(error?.status == .badRequest)
        #expect(error?.code == .invalidField)
    }
}
