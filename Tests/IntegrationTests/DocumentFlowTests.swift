import Contracts
import Foundation
import Testing

/// Uploads through the gateway reach ingest's workers and come back done; bad uploads are refused.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct DocumentFlowTests {
    @Test func rawDocumentsAreProcessedAndOnlyTheirOwnerSeesThem() async throws {
        try await withCluster("docs") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let alice = try await TestUsers.employee("alice", client: client, admin: admin)
            let bob = try await TestUsers.employee("bob", client: client, admin: admin)

            let image = try await upload(client, token: alice, TestFiles.png(width: 37, height: 21), contentType: "image/png")
            let pdf = try await upload(client, token: alice, TestFiles.pdf(pages: 2), contentType: "application/pdf", claimed: #"{"nik":"3204050101900001"}"#)

            let imageDone = try await client.waitForDocument(image, token: alice)
            #expect(imageDone.status == .done)
            #expect(imageDone.result?["kind"] == .string("png"))
            #expect(imageDone.result?["width"] == .number(37))
            #expect(imageDone.result?["height"] == .number(21))
            let pdfDone = try await client.waitForDocument(pdf, token: alice)
            #expect(pdfDone.result?["pages"] == .number(2))
            #expect(pdfDone.attempts.map(\.outcome) == ["done"])

            #expect(try await client.get("/v1/documents/\(image)", token: bob).status == 404)
            #expect(try await client.get("/v1/documents/\(image)", token: admin).status == 200)
        }
    }

    @Test func badUploadsAreRefusedWithTheEnvelope() async throws {
        try await withCluster("baddocs") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let png = TestFiles.png(width: 4, height: 4)
            let pdf = TestFiles.pdf(pages: 1)
            let cases: [(String, [FormPart], Int, String)] = [
                ("unknown type", [.text("type", "passport"), .file("file", png, contentType: "image/png")], 422, "unknown_document_type"),
                ("lying content type", [.text("type", "raw"), .file("file", png, contentType: "application/pdf")], 415, "content_type_mismatch"),
                ("truncated PDF", [.text("type", "raw"), .file("file", pdf.prefix(pdf.count / 2), contentType: "application/pdf")], 422, "corrupt_file"),
                ("no file", [.text("type", "raw")], 400, "missing_field"),
                ("not a document", [.text("type", "raw"), .file("file", Data([0, 1, 2, 3, 0xFE]), contentType: nil)], 415, "unsupported_media_type"),
                ("claimed not JSON", [.text("type", "raw"), .file("file", png, contentType: "image/png"), .text("claimed", "{oops")], 400, "invalid_field"),
            ]
            for (name, parts, status, code) in cases {
                let response = try await client.post("/v1/documents", form: parts, token: admin)
                #expect(response.status == status, "\(name)")
                #expect(response.envelope?.error.code == code, "\(name)")
            }
            let notMultipart = try await client.post("/v1/documents", raw: png, contentType: "image/png", token: admin)
            #expect(notMultipart.status == 415)
            let tooBig = try await client.post("/v1/documents", form: [.text("type", "raw"), .file("file", Data(count: 26 << 20), contentType: nil)], token: admin)
            #expect(tooBig.status == 413)
            #expect(try cluster.sql("SELECT count(*) FROM ingest.documents") == "0", "nothing refused was stored")
        }
    }

    @Test func twoHundredConcurrentUploadsAreAllStoredAndProcessed() async throws {
        try await withCluster("bulk", overrides: ["ingest": ["INGEST_WORKERS": "4"]]) { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        try await upload(client, token: admin, TestFiles.png(width: 8 + index % 50, height: 8), contentType: "image/png")
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(ids).count == 200)
            for id in ids {
                let document = try await client.waitForDocument(id, token: admin)
                #expect(document.status == .done)
            }
            #expect(try cluster.sql("SELECT count(*) FROM ingest.documents WHERE status = 'done'") == "200")
            #expect(try cluster.sql("SELECT count(*) FROM ingest.blobs") == "200")
        }
    }
}

/// Uploads a file as `raw` and returns the new document's id (after checking the 202).
func upload(_ client: HTTPTestClient, token: String, _ data: Data, contentType: String, claimed: String? = nil) async throws -> String {
    var parts: [FormPart] = [.text("type", "raw"), .file("file", data, contentType: contentType)]
    if let claimed { parts.append(.text("claimed", claimed)) }
    let response = try await client.post("/v1/documents", form: parts, token: token)
    guard response.status == 202 else { throw ClusterError("upload answered \(response.status): \(String(decoding: response.body, as: UTF8.self))") }
    let accepted = try response.decode(DocumentAccepted.self)
    guard accepted.status == .queued else { throw ClusterError("upload not queued") }
    return accepted.id
}

/// Creates users for a test through the admin API.
enum TestUsers {
    static func employee(_ name: String, client: HTTPTestClient, admin: String) async throws -> String {
        let password = "password-of-\(name)"
        let response = try await client.post("/v1/users", json: CreateUserRequest(username: name, password: password, role: .employee, fullName: name.capitalized), token: admin)
        guard response.status == 201 else { throw ClusterError("could not create \(name): \(response.status)") }
        return try await client.login(name, password)
    }
}
