import Testing
@testable import OCRService

struct NIKStructureTests {
    @Test func readsRegionDateAndSex() throws {
        let man = try #require(NIKStructure("3204051708900001"))
        #expect(man.districtCode == "32.04.05")
        #expect(man.regencyCode == "32.04")
        #expect(!man.isFemale)
        #expect(man.birthDate(referenceYear: 2026) == "17-08-1990")
        let woman = try #require(NIKStructure("3174015708050002"))
        #expect(woman.isFemale)
        #expect(woman.birthDate(referenceYear: 2026) == "17-08-2005")
    }

    @Test func refusesAnythingButSixteenDigits() {
        #expect(NIKStructure("320405170890000") == nil)
        #expect(NIKStructure("32040517089O0001") == nil)
    }

    @Test func dateDigitsAddFortyForWomen() {
        #expect(NIKStructure.dateDigits(birthDate: "17-08-1990", female: false) == "170890")
        #expect(NIKStructure.dateDigits(birthDate: "17-08-1990", female: true) == "570890")
    }
}
