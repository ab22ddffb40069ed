import Contracts
import Testing
@testable import OCRService

struct NIKInspectorTests {
    let inspector = NIKInspector(regions: FakeRegions())

    func card(birth: String = "17-08-1990", sex: String = "LAKI-LAKI") -> KTPFields {
        var fields = KTPFields()
        fields.provinsi = "JAWA BARAT"
        fields.kotaKabupaten = "KABUPATEN BANDUNG"
        fields.tanggalLahir = birth
        fields.jenisKelamin = sex
        return fields
    }

    @Test func consistentCardIsValid() {
        let outcome = inspector.inspect("3204051708900001", fields: card(), district: nil, regency: nil)
        #expect(outcome.check.valid)
        #expect(outcome.check.districtCode == "32.04.05")
        #expect(outcome.corrections.isEmpty)
    }

    @Test func disagreementsAreListed() {
        let outcome = inspector.inspect("3204055708900001", fields: card(), district: nil, regency: nil)
        #expect(!outcome.check.valid)
        #expect(outcome.check.problems.contains { $0.contains("jenis kelamin") })
        let unknown = inspector.inspect("9999051708900001", fields: card(), district: nil, regency: nil)
        #expect(unknown.check.problems.contains { $0.contains("province code 99") })
    }

    @Test func doubtfulDigitsAreRepairedFromAgreeingFields() {
        let district = PlaceMatch(code: "32.04.05", name: "CICALENGKA", score: 0.95)
        let outcome = inspector.inspect("32O4O61708980001", fields: card(), district: district, regency: nil)
        #expect(outcome.nik == "3204051708900001")
        #expect(outcome.corrections.count == 2)
        #expect(outcome.check.valid)
    }

    @Test func shortNIKIsAProblem() {
        let outcome = inspector.inspect("32040517089", fields: card(), district: nil, regency: nil)
        #expect(!outcome.check.valid)
        #expect(outcome.check.problems.first?.contains("11 digits") == true)
    }
}
