import Contracts
import Testing

/// `POST /v1/ner/extract` and `POST /v1/sk/validate` against DESIGN.md.
struct NERContractsTests {
    @Test func nerRequest() throws {
        let request = try FixtureRoundTrip.check("ner-extract-request", as: NERRequest.self, designKeys: ["text", "document_type"])
        #expect(request.documentType == "sk_kenaikan_pangkat")
    }

    @Test func nerResponse() throws {
        let response = try FixtureRoundTrip.check("ner-extract-response", as: NERResponse.self, designKeys: ["entities"])
        let nip = try #require(response.entities.last)
        #expect(nip.label == "NIP_PNS")
        #expect(nip.text != nip.value, "text is the exact span, value its repaired reading")
        #expect(nip.start == 34 && nip.end == 52)
        let entity = try FixtureRoundTrip.keys(of: nip)
        #expect(entity == ["label", "text", "value", "start", "end", "confidence"])
    }

    @Test func skValidateRequest() throws {
        let request = try FixtureRoundTrip.check("sk-validate-request", as: SKValidateRequest.self, designKeys: ["text", "proposed"])
        #expect(request.proposed.nomorLGBKN == "LG-12345678")
        #expect(request.proposed.tanggalLGBKN == "12-03-2024")
        #expect(request.proposed.tmtKP == "01-04-2024")
        #expect(request.proposed.pangkatBaru == "Penata Muda III/a")
        let proposedKeys = try FixtureRoundTrip.keys(of: request.proposed)
        #expect(proposedKeys == ["nip", "nama", "nomor_sk", "nomor_lg_bkn", "tanggal_lg_bkn", "tmt_kp", "pangkat_baru"])
    }

    @Test func skValidateResponse() throws {
        let validation = try FixtureRoundTrip.check(
            "sk-validate-response", as: SKValidation.self, designKeys: ["fields", "similarity", "decision", "reasons"])
        #expect(validation.decision == .review)
        #expect(validation.fields.last?.extracted == nil)
        #expect(try FixtureRoundTrip.keys(of: FieldComparison(field: "f", proposed: nil, extracted: nil, similarity: 0))
            == ["field", "proposed", "extracted", "similarity"])
    }

    @Test(arguments: ["approved", "REVIEW", "maybe"])
    func unknownDecisionIsRefused(decision: String) {
        #expect(FixtureRoundTrip.rejects(#"{"fields":[],"similarity":1,"decision":"\#(decision)","reasons":[]}"#, as: SKValidation.self))
    }
}
