import Contracts
import Testing
@testable import OCRService

/// A transcript pasted into an e-mail, its columns aligned by tabs in a proportional font: cells drift from their
/// labels (a grade under "SKS", its credits past the label). Text layer of a generated print (eta 10030 #5, seen).
struct TranscriptDriftTests {
    static let dump = [
        "Kode@99,774+55x22 MK@161,774+35x22 Nama@216,774+63x22 Mata@286,774+52x22 Kuliah@345,774+66x22 Nilai@516,774+46x22 SKS@575,774+47x22",
        "MKU1201@99,805+105x22 Pendidikan@224,805+117x22 Agama@348,805+75x22 AB@527,805+32x22 2@592,805+13x22",
        "MAN1305@99,929+105x22 Pengantar@224,929+109x22 Ekonomi@340,929+92x22 Makro@438,929+66x22 A@563,929+16x22 3@618,929+13x22",
        "MAN2306@99,1302+105x22 Statistika@224,1302+96x22 Bisnis@327,1302+63x22 A@488,1302+16x22 3@543,1302+13x22",
        "MAN3304@99,1550+105x22 Manajemen@224,1550+123x22 Sumber@354,1550+83x22 Daya@443,1550+55x22 Manusia@505,1550+89x22 A@614,1550+16x22 3@669,1550+13x22",
    ]

    @Test func driftedCellsAreReadInTheLabelsOrder() {
        let table = TranscriptTable(words: WordDump.words(Self.dump), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["AB", "A", "A", "A"])
        #expect(table.rows.map(\.sks) == [2, 3, 3, 3])
        #expect(table.rows.last?.name == "Manajemen Sumber Daya Manusia")
        #expect(table.unreadableRows == 0)
    }

    /// A row whose last words do not read as its cells (the grade lost) stays unread rather than misread.
    @Test func aRowWhoseLastWordsAreNoCellsIsNotGuessed() {
        let lost = "MAN4301@99,1706+105x22 Kewirausahaan@224,1706+163x22 Lanjut@560,1706+60x22 3@640,1706+13x22"
        let table = TranscriptTable(words: WordDump.words(Self.dump + [lost]), scale: .indonesian)
        #expect(table.rows.count == 4)
        #expect(table.unreadableRows == 1)
    }

    /// A signature block's NIP under the table ends in "2 012", a credit and what reads as points: no course
    /// (upsilon 10012 #9, seen: its IPK was recomputed 2.53 for the printed 2.60).
    @Test func aSignaturesNIPIsNoDriftedRow() {
        let page = [
            "NO@128,226+30x28 KODE@188,226+60x28 NAMA@339,226+60x28 MATA@414,226+60x28 KULIAH@489,226+90x28 SKS@850,226+45x28 NILAI@941,226+75x28",
            "14@128,289+30x28 HKM@188,289+45x28 3204@248,289+60x28 HUKUM@339,289+75x28 DAGANG@429,289+90x28 2@881,289+15x28 B@941,289+15x28",
            "15@128,320+30x28 HKM@188,320+45x28 3305@248,320+60x28 HUKUM@339,320+75x28 INTERNASIONAL@429,320+196x28 3@881,320+15x28 A@941,320+15x28",
            "26@128,665+30x28 HKM@188,665+45x28 5204@248,665+60x28 PRAKTIK@339,665+105x28 PERADILAN@459,665+135x28 PIDANA@610,665+90x28 2@881,665+15x28 D@941,665+15x28",
            "JUMLAH@640,728+90x28 SKS@745,728+45x28 :@820,728+15x28 65@926,728+30x28",
            "IPK@640,791+45x28 :@820,791+15x28 2.60@896,791+60x28",
            "a.n.@896,947+60x28 Dekan@971,947+75x28",
            "Galak@896,1136+75x28 Hutapea@986,1136+105x28",
            "NIP.@896,1167+60x28 19720210@971,1167+120x28 199304@1106,1167+90x28 2@1212,1167+15x28 012@1242,1167+45x28",
        ]
        let table = TranscriptTable(words: WordDump.words(page), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B", "A", "D"])
    }
}
