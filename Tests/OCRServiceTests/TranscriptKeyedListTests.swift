import Contracts
import Testing
@testable import OCRService

/// A transcript printed from a campus app to a narrow page (dev iota 10027 #3, Tesseract's words):
/// each course a numbered name line over "Kode: … SKS: …" and "Nilai: B+ (3,30)". Read as a list.
@Suite struct TranscriptKeyedListTests {
    let dump = [
        "1.@57,763+29x29 Bahasa@100,761+125x31 Inggris@239,761+117x39",
        "Kode:@100,823+96x31 UNI-1201@212,825+164x29 SKS:@418,825+70x29 2@502,825+18x28",
        "Nilai:@101,884+84x31 Bt@201,886+41x29 (3,30)@256,883+97x37",
        "2.@56,985+30x29 Pendidikan@100,983+198x31 Agama@309,985+123x36",
        "Kode:@100,1044+96x31 UNI-1202@212,1046+164x29 SKS:@418,1046+70x29 2@502,1046+18x29",
        "Nilai:@101,1106+84x30 A@209,1108+12x28 (4,00)@236,1105+97x37",
        "3.@56,1208+30x29 Pendidikan@100,1206+198x31 Pancasila@311,1206+164x31",
        "Kode:@100,1268+96x31 UNI-1203@212,1270+164x29 SKS:@418,1270+70x29 2@502,1270+18x28",
        "Nilai:@101,1329+84x31 A@208,1331+12x29 (4,00)@236,1328+97x37",
        "4.@55,1432+31x28 Psikologi@100,1429+157x39 Faal@270,1429+69x32",
        "Kode:@100,1491+96x31 PSI-1204@212,1493+151x29 SKS:@405,1493+69x29 2@488,1493+19x29",
        "Nilai:@101,1552+84x31 A@198,1554+25x29 (4,00)@236,1551+97x37",
        "5.@56,1655+30x29 Psikologi@100,1653+157x38 Sosial@270,1653+100x31 I@385,1655+6x29",
        "Kode:@100,1714+96x31 PSI-1305@212,1716+150x29 SKS:@405,1716+69x29 3@489,1716+18x29",
        "Nilai:@101,1776+84x30 B@201,1778+19x28 (3,00)@234,1775+97x37",
    ]

    @Test func labelledValuesUnderANameAreACourse() {
        let words = WordDump.words(dump)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["UNI-1201", "UNI-1202", "UNI-1203", "PSI-1204", "PSI-1305"])
        #expect(table.rows.map(\.name) == ["Bahasa Inggris", "Pendidikan Agama", "Pendidikan Pancasila", "Psikologi Faal", "Psikologi Sosial I"])
        #expect(table.rows.map(\.sks) == [2, 2, 2, 2, 3])
        #expect(table.rows.map(\.grade) == ["B+", "A", "A", "A", "B"])
    }
}
