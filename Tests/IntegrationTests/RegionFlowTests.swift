import Contracts
import Foundation
import Testing

/// Receipts through the gateway (image and text) and through ingest (`type=receipt`) give the
/// recipient's region; bad input gets its 4xx and the suite keeps serving.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct RegionFlowTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RegionServiceTests/Fixtures/images")

    struct Truth: Decodable {
        var region: String
        var province: String
    }

    @Test func receiptsThroughTheGatewayAndThroughIngest() async throws {
        try await withCluster("region") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let image = try Data(contentsOf: Self.fixtures.appendingPathComponent("receipt-00001.jpg"))
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent("receipt-00001.txt"), encoding: .utf8)
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("receipt-00001.json")))

            let fromText = try await client.post("/v1/regions/classify", json: RegionClassifyRequest(text: text), token: admin)
            #expect(fromText.status == 200)
            let textAnswer = try fromText.decode(RegionClassification.self)
            #expect(textAnswer.region.rawValue == truth.region)
            #expect(textAnswer.province == truth.province)
            #expect(!textAnswer.evidence.isEmpty)

            let fromImage = try await client.post("/v1/regions/classify", raw: image, contentType: "image/jpeg", token: admin)
            #expect(fromImage.status == 200, "\(String(decoding: fromImage.body, as: UTF8.self))")
            let imageAnswer = try fromImage.decode(RegionClassification.self)
            #expect(imageAnswer.region.rawValue == truth.region)

            let accepted = try await client.post("/v1/documents", form: [.text("type", "receipt"), .file("file", image, contentType: "image/jpeg")], token: admin)
            #expect(accepted.status == 202)
            let done = try await client.waitForDocument(try accepted.decode(DocumentAccepted.self).id, token: admin)
            #expect(done.status == .done)
            let viaIngest = try JSONDecoder().decode(RegionClassification.self, from: JSONEncoder().encode(done.result))
            #expect(viaIngest.region == imageAnswer.region)
            #expect(viaIngest.province == imageAnswer.province)

            let textUpload = try await client.post("/v1/documents", form: [.text("type", "receipt"), .file("file", Data(text.utf8), contentType: "text/plain")], token: admin)
            let textDone = try await client.waitForDocument(try textUpload.decode(DocumentAccepted.self).id, token: admin)
            #expect(textDone.status == .done)

            let bad: [(Data, String, Int, String)] = [
                (Data(#"{"text":""}"#.utf8), "application/json", 400, "invalid_field"),
                (Data("{oops".utf8), "application/json", 400, "malformed_json"),
                (Data("just words".utf8), "image/png", 415, "unsupported_media_type"),
                (Data(image.prefix(image.count / 3)), "image/jpeg", 422, "corrupt_image"),
                (TestFiles.png(width: 12, height: 12), "image/png", 422, "image_too_small"),
            ]
            for (body, type, status, code) in bad {
                let response = try await client.post("/v1/regions/classify", raw: body, contentType: type, token: admin)
                #expect(response.status == status, "\(code)")
                #expect(response.envelope?.error.code == code)
            }
            let emptyUpload = try await client.post("/v1/documents", form: [.text("type", "receipt"), .file("file", Data("   \n".utf8), contentType: "text/plain")], token: admin)
            if emptyUpload.status == 202 {
                let failed = try await client.waitForDocument(try emptyUpload.decode(DocumentAccepted.self).id, token: admin)
                #expect(failed.status == .failed)
                #expect(failed.error?.hasPrefix("invalid_field") == true)
            } else {
                #expect((400..<500).contains(emptyUpload.status))
            }
            #expect(try await client.get("/readyz").status == 200, "the suite keeps serving")
        }
    }
}
