import Contracts
import Testing

/// `POST /v1/ktp/extract` answers against DESIGN.md: every field, confidence, nik_check.
struct KTPContractsTests {
    static let designFields: Set<String> = [
        "provinsi", "kota_kabupaten", "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "golongan_darah",
        "alamat", "rt_rw", "kelurahan_desa", "kecamatan", "agama", "status_perkawinan", "pekerjaan", "kewarganegaraan",
        "berlaku_hingga",
    ]
    static let designNIKCheck: Set<String> = ["valid", "province_code", "regency_code", "district_code", "birth_date", "sex", "problems"]

    @Test func fullExtraction() throws {
        let ktp = try FixtureRoundTrip.check(
            "ktp-extract-response", as: KTPExtraction.self, designKeys: ["document_type", "fields", "confidence", "nik_check"])
        #expect(ktp.documentType == "ktp")
        #expect(ktp.fields.kotaKabupaten == "KABUPATEN BANDUNG")
        #expect(ktp.fields.rtRw == "003/007")
        #expect(ktp.fields.berlakuHingga == "SEUMUR HIDUP")
        #expect(ktp.confidence["nik"] == 0.97)
        #expect(ktp.nikCheck.valid)
        #expect(ktp.nikCheck.districtCode == "320401")
        #expect(ktp.nikCheck.birthDate == "01-07-1990")
    }

    @Test func fixtureCarriesEveryDesignedFieldAndNoOther() throws {
        let tree = try FixtureRoundTrip.tree("ktp-extract-response")
        guard case .object(let fields) = tree["fields"], case .object(let check) = tree["nik_check"] else {
            Issue.record("fields or nik_check is not an object")
            return
        }
        #expect(Set(fields.keys) == Self.designFields)
        #expect(Self.designNIKCheck.isSubset(of: check.keys))
    }

    @Test func unreadFieldsStayAsNull() throws {
        let ktp = try FixtureRoundTrip.check(
            "ktp-extract-unread", as: KTPExtraction.self, designKeys: ["document_type", "fields", "confidence", "nik_check"])
        #expect(ktp.fields.nik == nil)
        #expect(ktp.fields.nama == "BUDI SANTOSO")
        #expect(!ktp.nikCheck.valid)
        #expect(ktp.nikCheck.problems.count == 1)
    }

    @Test func emptyFieldsStillEncodeEveryKey() throws {
        #expect(try FixtureRoundTrip.keys(of: KTPFields()) == Self.designFields)
        let check = NIKCheck(provinceCode: nil, regencyCode: nil, districtCode: nil, birthDate: nil, sex: nil, problems: ["x"])
        #expect(Self.designNIKCheck.isSubset(of: try FixtureRoundTrip.keys(of: check)))
        #expect(!check.valid)
    }

    @Test func fieldSubscriptFollowsTheJSONNames() {
        var fields = KTPFields()
        for key in KTPFields.CodingKeys.allCases { fields[key] = key.stringValue.uppercased() }
        #expect(fields.kelurahanDesa == "KELURAHAN_DESA")
        #expect(fields.golonganDarah == "GOLONGAN_DARAH")
        #expect(Set(KTPFields.CodingKeys.allCases.map(\.stringValue)) == Self.designFields)
    }
}
