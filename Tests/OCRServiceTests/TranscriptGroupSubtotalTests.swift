import Contracts
import Testing
@testable import OCRService

/// A component-score KHS (dev theta 10024 #4, its text layer): "Nilai" over "Huruf" around the
/// header, each semester group closed by "Jumlah SKS 11 IPS 2,57" far right, a row above the next
/// group's heading. The subtotal stays a line of its own and the lower label is no row.
@Suite struct TranscriptGroupSubtotalTests {
    let dump = [
        "Nilai@1709,400+48x21",
        "No@90,414+30x21 Nama@141,414+62x21 Mata@210,414+52x21 Kuliah@268,414+70x21 Kode@1271,414+57x21 MK@1335,414+35x21 Tugas@1392,414+67x21 UTS@1479,414+46x21 UAS@1545,414+48x21 NA@1632,414+33x21 SKS@1783,414+47x21 K@1851,414+16x21 x@1873,414+13x21 N@1892,414+16x21",
        "Huruf@1702,428+61x21",
        "Semester@91,468+103x21 1@200,468+13x21 -@219,468+8x21 Ganjil@233,468+63x21 2019/2020@303,468+108x21",
        "1@98,509+13x21 EKOLOGI@141,509+103x21 LAUT@250,509+58x21 TROPIS@315,509+85x21 IKL1301@1268,509+85x21 71@1413,509+25x21 66@1489,509+25x21 70@1556,509+25x21 69,1@1626,509+44x21 B-@1722,509+23x21 3@1800,509+13x21 8,10@1859,509+44x21",
        "2@98,550+13x21 KIMIA@141,550+62x21 DASAR@210,550+79x21 KELAUTAN@295,550+120x21 IKL1202@1268,550+85x21 65@1413,550+25x21 73@1489,550+25x21 66@1556,550+25x21 67,9@1626,550+44x21 B-@1722,550+23x21 2@1800,550+13x21 5,40@1859,550+44x21",
        "3@98,591+13x21 PENGANTAR@141,591+142x21 ILMU@290,591+54x21 KELAUTAN@350,591+120x21 IKL1203@1268,591+85x21 68@1413,591+25x21 68@1489,591+25x21 69@1556,591+25x21 68,5@1626,591+44x21 B-@1722,591+23x21 2@1800,591+13x21 5,40@1859,591+44x21",
        "4@98,632+13x21 BAHASA@141,632+93x21 INGGRIS@240,632+96x21 UNV1204@1268,632+99x21 71@1413,632+25x21 72@1489,632+25x21 65@1556,632+25x21 68,6@1626,632+44x21 B-@1722,632+23x21 2@1800,632+13x21 5,40@1859,632+44x21",
        "5@98,673+13x21 PENDIDIKAN@141,673+139x21 AGAMA@287,673+82x21 UNV1205@1268,673+99x21 59@1413,673+25x21 61@1489,673+25x21 59@1556,673+25x21 59,6@1626,673+44x21 C@1725,673+16x21 2@1800,673+13x21 4,00@1859,673+44x21",
        "Jumlah@1643,715+74x21 SKS@1723,715+46x21 11@1775,715+25x21 IPS@1819,715+37x21 2,57@1862,715+44x21",
        "Semester@91,756+103x21 2@200,756+13x21 -@219,756+8x21 Genap@233,756+71x21 2019/2020@310,756+108x21",
        "6@98,797+13x21 DASAR-DASAR@141,797+165x21 SELAM@312,797+77x21 IKL2201@1268,797+85x21 87@1413,797+25x21 100@1482,797+38x21 100@1550,797+38x21 96,8@1626,797+44x21 A@1725,797+15x21 2@1800,797+13x21 8,00@1859,797+44x21",
    ]
    var words: [OCRWord] { WordDump.words(dump) }

    /// 1,200 px right of the heading below it, the subtotal is no part of the heading's line.
    @Test func aSubtotalFarRightOfTheNextHeadingKeepsItsLine() {
        let lines = TranscriptTable.rows(of: words).map { $0.map(\.text) }
        #expect(lines.contains(["Jumlah", "SKS", "11", "IPS", "2,57"]))
        #expect(lines.contains(["Semester", "2", "-", "Genap", "2019/2020"]))
    }

    @Test func theGroupIsReadWholeAndAgreesWithItsSubtotal() {
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B-", "B-", "B-", "B-", "C", "A"])
        #expect(table.unreadableRows == 0, "\"Huruf\" under \"Nilai\" is part of the header")
        #expect(table.totals.map(\.printed) == [11])
        #expect(table.totals.allSatisfy { $0.agrees(with: table.rows, scale: .indonesian) })
    }
}
