import Contracts
import Foundation
import Testing

/// A decree (SK kenaikan pangkat) as a PDF through the gateway with proposed data gets a
/// decision that is stored in the `ner` schema; the same PDF through ingest (`type=sk`) gets the
/// same decision; bad input gets a clear 4xx and the suite keeps serving.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct SKFlowTests {
    /// A decree written by hand for this test (not by the corpus generator the model trained on).
    static let decree = [
        "PEMERINTAH KABUPATEN KLATEN", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "",
        "PETIKAN", "KEPUTUSAN BUPATI KLATEN", "NOMOR : 823.3/2417/BKPSDM/2024", "TENTANG",
        "KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL", "BUPATI KLATEN,",
        "Menimbang : bahwa Pegawai Negeri Sipil yang namanya tersebut dalam Keputusan ini memenuhi syarat;",
        "Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
        "Memperhatikan : Pertimbangan Teknis Kepala Badan Kepegawaian Negara Nomor LG-24300012345 tanggal 14 Februari 2024;",
        "MEMUTUSKAN :", "KESATU : Menaikkan pangkat Pegawai Negeri Sipil :",
        "1. Nama : Dra. RETNO WULANDARI, M.Pd.", "2. NIP : 19790821 200501 2 004",
        "3. Tempat/Tanggal Lahir : Klaten, 21-08-1979", "4. Pangkat/Golongan ruang lama : Penata Tingkat I, III/d",
        "menjadi pangkat Pembina, golongan ruang IV/a", "terhitung mulai tanggal 1 April 2024 dengan masa kerja golongan 19 tahun 0 bulan.",
        "Ditetapkan di Klaten", "pada tanggal 20 Februari 2024", "BUPATI KLATEN,", "ttd", "SRI MULYANI",
        "Petikan sesuai dengan aslinya", "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA,",
        "Drs. HARTONO, M.M.", "NIP. 19680512 199003 1 007",
    ]

    static let proposal = SKProposal(
        nip: "197908212005012004", nama: "Retno Wulandari", nomorSK: "823.3/2417/BKPSDM/2024", nomorLGBKN: "LG-24300012345",
        tanggalLGBKN: "14-02-2024", tmtKP: "01-04-2024", pangkatBaru: "Pembina IV/a")

    static func json(_ value: some Encodable) throws -> String { String(decoding: try JSONEncoder().encode(value), as: UTF8.self) }

    @Test func decreePDFIsValidatedStoredAndBadInputRefused() async throws {
        try await withCluster("sk") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let pdf = TestFiles.pdf(lines: Self.decree)

            let response = try await client.post("/v1/sk/validate", form: [
                .file("file", pdf, contentType: "application/pdf"), .text("proposed", try Self.json(Self.proposal))], token: admin)
            #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
            let validation = try response.decode(SKValidation.self)
            #expect(validation.decision == .approve, "\(validation.reasons)")
            #expect(validation.fields.count == 7)
            #expect(validation.fields.first { $0.field == "nip" }?.extracted == "197908212005012004")
            #expect(validation.fields.first { $0.field == "pangkat_baru" }?.extracted == "Pembina IV/a")

            var wrong = Self.proposal
            wrong.nip = "197908212005011004"
            wrong.pangkatBaru = "Pembina Utama IV/e"
            let refused = try await client.post("/v1/sk/validate", json: SKValidateRequest(text: Self.decree.joined(separator: "\n"), proposed: wrong), token: admin)
            #expect(try refused.decode(SKValidation.self).decision != .approve)

            let stored = try cluster.sql("SELECT count(*), count(DISTINCT user_id), min(model_version) FROM ner.decisions")
            #expect(stored.hasPrefix("2|1|sk-"), "\(stored)")
            #expect(try cluster.sql("SELECT source FROM ner.decisions ORDER BY decided_at LIMIT 1") == "pdf-text")

            let accepted = try await client.post("/v1/documents", form: [
                .text("type", "sk"), .text("claimed", try Self.json(Self.proposal)), .file("file", pdf, contentType: "application/pdf")], token: admin)
            #expect(accepted.status == 202, "\(String(decoding: accepted.body, as: UTF8.self))")
            let done = try await client.waitForDocument(try accepted.decode(DocumentAccepted.self).id, token: admin)
            #expect(done.status == .done, "\(done.error ?? "")")
            let viaIngest = try JSONDecoder().decode(SKValidation.self, from: JSONEncoder().encode(done.result))
            #expect(viaIngest.decision == validation.decision && viaIngest.fields == validation.fields)

            let empty = try await client.post("/v1/sk/validate", json: SKValidateRequest(text: " ", proposed: Self.proposal), token: admin)
            #expect(empty.status == 400 && empty.envelope?.error.code == "empty_text")
            let huge = String(repeating: "KEPUTUSAN BUPATI KLATEN NOMOR 823.3 ", count: 150_000)
            let tooLarge = try await client.post("/v1/sk/validate", json: SKValidateRequest(text: huge, proposed: Self.proposal), token: admin)
            #expect(tooLarge.status == 413 && tooLarge.envelope?.error.code == "payload_too_large")
            let blank = try await client.post("/v1/sk/validate", form: [
                .file("file", TestFiles.pdf(lines: []), contentType: "application/pdf"), .text("proposed", try Self.json(Self.proposal))], token: admin)
            #expect(blank.status == 422 && blank.envelope?.error.code == "no_text", "\(String(decoding: blank.body, as: UTF8.self))")
            let notPDF = try await client.post("/v1/sk/validate", form: [
                .file("file", Data("NOMOR : 823.3/2417/BKPSDM/2024".utf8), contentType: "application/pdf"),
                .text("proposed", try Self.json(Self.proposal))], token: admin)
            #expect(notPDF.status == 415 && notPDF.envelope?.error.code == "unsupported_media_type")
            #expect(try await client.get("/readyz").status == 200, "the suite keeps serving")
        }
    }
}
