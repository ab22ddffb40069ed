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
}
