import DecreeEntities
import Testing

/// The pattern detectors that propose NIPs, dates, LG numbers and ranks to the model.
struct PatternDetectorTests {
    func tokens(_ text: String) -> [DecreeToken] { DecreeText(text).tokens }

    @Test func nipInGroupsWholeAndWithOCRLettersIsFound() {
        let grouped = NIPPattern.find(in: tokens("NIP : 19850312 201001 1 005\nJabatan"))
        #expect(grouped.count == 1)
        #expect(grouped.first?.digits == "198503122010011005")
        #expect(grouped.first?.plausible == true)
        #expect(grouped.first?.tokens == 2..<6)
        let ocr = NIPPattern.find(in: tokens("NIP. 1985O3l22O10011005"))
        #expect(ocr.first?.digits == "198503122010011005")
        #expect(NIPPattern.find(in: tokens("NIP. 1985O3l22O1OO11OO5")).isEmpty, "more letters than a scan makes: not a number")
        #expect(NIPPattern.find(in: tokens("19850312 201001 l 005")).first?.digits == "198503122010011005")
        #expect(NIPPattern.find(in: tokens("NIP198503122010011005")).first?.digits == "198503122010011005")
    }

    @Test func nipStructureIsChecked() {
        #expect(NIPPattern.isPlausible("198503122010011005"))
        #expect(!NIPPattern.isPlausible("198513122010011005"))  // month 13
        #expect(!NIPPattern.isPlausible("198503122010013005"))  // gender digit 3
        #expect(!NIPPattern.isPlausible("198503121990011005"))  // CPNS at age 4
        #expect(!NIPPattern.isPlausible("198503122010011000"))  // serial 000
        #expect(NIPPattern.find(in: tokens("Rp 3.210.000,00 12345")).isEmpty)
    }

    @Test func datesInTheWaysLettersWriteThem() {
        let cases: [(String, String)] = [
            ("1 April 2023", "01-04-2023"), ("01 APRIL 2023", "01-04-2023"), ("12 Pebruari 2021", "12-02-2021"),
            ("3 Nopember 2019", "03-11-2019"), ("01-04-2023", "01-04-2023"), ("01/04/2023", "01-04-2023"),
            ("01.04.2023", "01-04-2023"), ("1 Apr 2023", "01-04-2023"), ("01-Agt-2022", "01-08-2022"),
            ("2023-04-01", "01-04-2023"), ("01 - 10 - 2020", "01-10-2020"), ("O1 Oktober 2O23", "01-10-2023"),
            ("17 Agustvs 1945", "17-08-1945"), ("5 March 2020", "05-03-2020"),
        ]
        for (written, expected) in cases { #expect(DatePattern.normalise(written) == expected, "\(written)") }
        #expect(DatePattern.normalise("31 Februari 2023") == nil)
        #expect(DatePattern.normalise("Nomor 20 Tahun 2023") == nil)
    }

    @Test func lgNumbersAreFlagged() {
        for text in ["LG-23400000123", "LG.23400000123", "LG - 23400000123", "1G-234OOOOO123"] {
            let flags = PatternFlags(tokens("Nomor \(text) tanggal"))
            #expect(flags.flags[1].contains("lg"), "\(text)")
        }
        #expect(!PatternFlags(tokens("LG-12 tanggal")).flags[0].contains("lg"))
    }

    @Test func rankGazetteerReadsNamesAndGolongan() {
        #expect(RankGazetteer.golongan("III/a") == "III/a")
        #expect(RankGazetteer.golongan("IIl/b") == "III/b")
        #expect(RankGazetteer.golongan("(lV-c)") == "IV/c")
        #expect(RankGazetteer.golongan("V/a") == nil)
        #expect(RankGazetteer.golongan("III/f") == nil)
        #expect(RankGazetteer.normalise("Penata Muda Tk. I, golongan ruang III/b") == "Penata Muda Tingkat I III/b")
        #expect(RankGazetteer.normalise("PEMBINA UTAMA MUDA") == "Pembina Utama Muda IV/c")
        #expect(RankGazetteer.normalise("Pengatur Tk.I") == "Pengatur Tingkat I II/d")
        let found = RankGazetteer.rankName(tokens("menjadi Pembina Utama Madya, IV/d"), at: 1)
        #expect(found?.count == 3)
        #expect(found.map { RankGazetteer.ranks[$0.rank].golongan } == "IV/d")
    }

    @Test func tokensKeepExactOffsets() {
        let text = "Nama : Drs. BUDI, M.Si.\nNIP:198503122010011005."
        let decree = DecreeText(text)
        for token in decree.tokens { #expect(decree.slice(token.start, token.end) == token.text) }
        #expect(decree.tokens.map(\.text) == ["Nama", ":", "Drs.", "BUDI", ",", "M.Si.", "NIP", ":", "198503122010011005", "."])
        #expect(decree.tokens[6].line == 1 && decree.tokens[6].column == 0)
    }
}
