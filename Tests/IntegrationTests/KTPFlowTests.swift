import Contracts
import Foundation
import Testing

/// A KTP image read through the gateway, and the same image through ingest (`type=ktp`), give
/// the same fields; bad images get their 4xx and the service keeps serving.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct KTPFlowTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OCRServiceTests/Fixtures")

    @Test func sameFieldsThroughTheGatewayAndThroughIngest() async throws {
        try await withCluster("ktp") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let image = try Data(contentsOf: Self.fixtures.appendingPathComponent("ktp/ktp-00001.jpg"))
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures.appendingPathComponent("ktp/ktp-00001.json"))) as? [String: Any]

            let direct = try await client.post("/v1/ktp/extract", raw: image, contentType: "image/jpeg", token: admin)
            #expect(direct.status == 200)
            let extraction = try direct.decode(KTPExtraction.self)
            #expect(extraction.fields.nik == truth?["nik"] as? String)
            #expect(extraction.fields.nama == truth?["nama"] as? String)

            let multipart = try await client.post("/v1/ktp/extract", form: [.file("image", image, contentType: "image/jpeg")], token: admin)
            #expect(multipart.status == 200, "\(String(decoding: multipart.body, as: UTF8.self))")
            #expect(try multipart.decode(KTPExtraction.self) == extraction)

            let accepted = try await client.post("/v1/documents", form: [.text("type", "ktp"), .file("file", image, contentType: "image/jpeg")], token: admin)
            #expect(accepted.status == 202)
            let id = try accepted.decode(DocumentAccepted.self).id
            let done = try await client.waitForDocument(id, token: admin)
            #expect(done.status == .done)
            let viaIngest = try JSONDecoder().decode(KTPExtraction.self, from: JSONEncoder().encode(done.result))
            #expect(viaIngest.fields == extraction.fields)
        }
    }

    @Test func badImagesGetTheirCodes() async throws {
        try await withCluster("ktpbad") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let negative = try Data(contentsOf: Self.fixtures.appendingPathComponent("negatives/not-ktp-00001.jpg"))
            let cases: [(Data, String, Int, String)] = [
                (negative, "image/jpeg", 422, "not_a_ktp"),
                (Data("hello".utf8), "image/png", 415, "unsupported_media_type"),
                (TestFiles.png(width: 10, height: 10), "image/png", 422, "image_too_small"),
                (Data(TestFiles.png(width: 200, height: 200).prefix(300)), "image/png", 422, "corrupt_image"),
            ]
            for (bytes, type, status, code) in cases {
                let response = try await client.post("/v1/ktp/extract", raw: bytes, contentType: type, token: admin)
                #expect(response.status == status, "\(code)")
                #expect(response.envelope?.error.code == code)
            }
            let failed = try await client.post("/v1/documents", form: [.text("type", "ktp"), .file("file", negative, contentType: "image/jpeg")], token: admin)
            let document = try await client.waitForDocument(try failed.decode(DocumentAccepted.self).id, token: admin)
            #expect(document.status == .failed)
            #expect(document.error?.hasPrefix("not_a_ktp") == true)
            #expect(try await client.get("/readyz").status == 200, "the suite keeps serving")
        }
    }
}
