@testable import OCRService
import Testing

/// Roman numerals in addresses and Balinese name prefixes, repaired from how they are written.
struct KTPConventionsTests {
    @Test(arguments: [
        ("GG. BOUGENVIL | NO. 134", "GG. BOUGENVIL I NO. 134"),
        ("GG. DAMAI ILL NO. 80", "GG. DAMAI III NO. 80"),
        ("DUSUN SUKARAJA 1", "DUSUN SUKARAJA I"),
        ("DUSUN KRAJAN |", "DUSUN KRAJAN I"),
        ("JL. MAWAR VIl", "JL. MAWAR VII"),
        ("JL. MERDEKA NO. 1", "JL. MERDEKA NO. 1"),
        ("JL. RAYA BOGOR KM. 11", "JL. RAYA BOGOR KM. 11"),
        ("JL. MELATI 11 BLOK C", "JL. MELATI 11 BLOK C"),
        ("PERUM GRIYA BLOK 1 NO. 5", "PERUM GRIYA BLOK 1 NO. 5"),
        ("DUSUN TEGALREJO It", "DUSUN TEGALREJO II"),
        ("GG. MELATI IN NO. 164A", "GG. MELATI III NO. 164A"),
        ("JL. MELATI IN BLOK C", "JL. MELATI IN BLOK C"),
        ("JL. JEND, SUDIRMAN KM. 22", "JL. JEND. SUDIRMAN KM. 22"),
        ("JL. MAWAR, BLOK C", "JL. MAWAR, BLOK C"),
    ])
    func addressNumerals(read: String, expected: String) {
        #expect(KTPFieldNormaliser.cleanAddress(read) == expected)
    }

    @Test func balinesePrefixIsSeparated() {
        #expect(KTPFieldNormaliser.cleanName("INYOMAN BAHUWIRYA") == "I NYOMAN BAHUWIRYA")
        #expect(KTPFieldNormaliser.cleanName("NIKETUT SARI") == "NI KETUT SARI")
        #expect(KTPFieldNormaliser.cleanName("IMAM SANTOSO") == "IMAM SANTOSO")
        #expect(KTPFieldNormaliser.cleanName("NINA MADE") == "NINA MADE")
    }

    @Test func balinesePrefixReadAsABracketSurvivesTheLettersOnlyReread() {
        #expect(FieldReread.keepsBalinesePrefix("[MADE", over: "MADE"))
        #expect(FieldReread.keepsBalinesePrefix("NIKETUT", over: "KETUT"))
        #expect(!FieldReread.keepsBalinesePrefix("IMAM", over: "MAM"))
        #expect(!FieldReread.keepsBalinesePrefix("[MADE", over: "MODE"))
    }
}
