import Contracts
import Testing

@testable import OCRService

/// A typed transcript: columns lined up with spaces in a monospaced font, so a code printed "MPK 101" is two words (one code, as printed)
/// and the text layer's boxes stand taller than the line pitch.
struct TranscriptTypedTableTests {
    @Test func aCodeTypedWithASpaceIsOneCodeAndTheNameStays() {
        let dump = [
            "No.@149,678+57x37 Kode@262,678+76x37 Mata@450,678+76x37 Kuliah@545,678+113x37 SKS@1034,678+57x37 Nilai@1128,678+94x37",
            "1.@187,731+38x37 MPK@262,731+57x37 101@338,731+57x37 BAHASA@450,731+113x37 INDONESIA@582,731+170x37 2@1071,731+19x37 A@1146,731+19x37",
            "2.@187,764+38x37 MPK@262,764+57x37 102@338,764+57x37 PENDIDIKAN@450,764+189x37 PANCASILA@658,764+170x37 2@1071,764+19x37 B@1146,764+19x37",
            "3.@187,796+38x37 TSP@262,796+57x37 103@338,796+57x37 MATEMATIKA@450,796+189x37 TEKNIK@658,796+113x37 I@790,796+19x37 3@1071,796+19x37 AB@1146,796+38x37",
            "4.@187,829+38x37 TSP@262,829+57x37 104@338,829+57x37 MENGGAMBAR@450,829+189x37 TEKNIK@658,829+113x37 2@1071,829+19x37 AB@1146,829+38x37",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        #expect(table.rows.map(\.name) == ["BAHASA INDONESIA", "PENDIDIKAN PANCASILA", "MATEMATIKA TEKNIK I", "MENGGAMBAR TEKNIK"])
        #expect(table.rows.map(\.code) == ["MPK 101", "MPK 102", "TSP 103", "TSP 104"])
        #expect(table.rows.map(\.grade) == ["A", "B", "AB", "AB"])
    }

    @Test func aSemesterHeadingBetweenRowsJoinsNoName() {
        let dump = [
            "No.@149,657+57x37 Kode@262,657+76x37 Mata@469,657+76x37 Kuliah@563,657+113x37 SKS@1052,657+57x37 Nilai@1146,657+94x37",
            "SEMESTER@469,707+151x37 I@639,707+19x37",
            "16.@168,738+57x37 TSP.3.04@262,738+151x37 MEKANIKA@469,738+151x37 TANAH@639,738+94x37 II@752,738+38x37 2@1090,738+19x37 A@1165,738+19x37",
            "17.@168,770+57x37 TSP.3.05@262,770+151x37 TEKNOLOGI@469,770+170x37 BAHAN@658,770+94x37 KONSTRUKSI@771,770+189x37 2@1090,770+19x37 B@1165,770+19x37",
            "SEMESTER@469,801+151x37 IV@639,801+38x37",
            "18.@168,833+57x37 UNV.4.01@262,833+151x37 KEWIRAUSAHAAN@469,833+245x37 2@1090,833+19x37 A@1165,833+19x37",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        #expect(table.rows.map(\.name) == ["MEKANIKA TANAH II", "TEKNOLOGI BAHAN KONSTRUKSI", "KEWIRAUSAHAAN"])
    }
}
