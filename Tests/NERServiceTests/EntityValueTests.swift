import DecreeEntities
import Testing

/// `value` normalisation as DESIGN.md fixes it.
struct EntityValueTests {
    @Test func nipBecomesEighteenDigits() {
        #expect(EntityValue.normalise(.nipPNS, "19850312 2O1001 l 0O5") == "198503122010011005")
        #expect(EntityValue.normalise(.nipPNS, "19850312.201001.1.005") == "198503122010011005")
    }

    @Test func datesBecomeDayMonthYear() {
        #expect(EntityValue.normalise(.tmtKP, "1 Oktober 2O23") == "01-10-2023")
        #expect(EntityValue.normalise(.tanggalLGBKN, "12/03/2023") == "12-03-2023")
    }

    @Test func lgNumbersGetTheirDigitsRepaired() {
        #expect(EntityValue.normalise(.nomorLGBKN, "LG-234OOOOl123") == "LG-23400001123")
        #expect(EntityValue.normalise(.nomorLGBKN, "LG . 23400000123") == "LG-23400000123")
    }

    @Test func namesLoseTitlesAndGetLettersBack() {
        #expect(EntityValue.normalise(.namaPNS, "Drs. BUDI SANTOSO, M.Si.") == "BUDI SANTOSO")
        #expect(EntityValue.normalise(.namaPNS, "dr. Siti Aminah, S.Pd., M.Kes.") == "Siti Aminah")
        #expect(EntityValue.normalise(.namaPNS, "H. AHMAD 5USIL0") == "AHMAD SUSILO")
        #expect(EntityValue.normalise(.namaPNS, "Muh. Ilyas") == "Muh. Ilyas")
    }

    @Test func ranksCarryTheirGolongan() {
        #expect(EntityValue.normalise(.pangkatBaru, "Penata Muda, III/a") == "Penata Muda III/a")
        #expect(EntityValue.normalise(.pangkatBaru, "PENATA TK. I (III/d") == "Penata Tingkat I III/d")
        #expect(EntityValue.normalise(.pangkatBaru, "Pembina golongan ruang IV/a") == "Pembina IV/a")
    }

    @Test func decreeNumbersLoseStraySpaces() {
        #expect(EntityValue.normalise(.nomorSK, "823.3 / 045 /BKD/ 2023") == "823.3/045/BKD/2023")
    }
}
