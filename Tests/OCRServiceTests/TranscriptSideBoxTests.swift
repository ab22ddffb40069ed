import Contracts
import Testing
@testable import OCRService

/// A landscape transcript prints its totals, IPK, predicate and signature in a box right of the
/// course table, on the table's lines. The rows beside the box are still rows; the IPK is the
/// box's, not a grade point of the row beside its label. The words are a generated born-digital
/// Diploma III transcript's last page (text@x,y+width x height).
@Suite struct TranscriptSideBoxTests {
    let dump = [
        "No@90,289+31x25 Kode@160,289+56x25 MK@223,289+39x25 Mata@297,289+56x25 Kuliah@360,289+73x25 Smt@1011,289+44x25 SKS@1076,289+45x25 Nilai@1147,289+53x25 Bobot@1218,289+65x25 N@1320,289+18x25 x@1345,289+12x25 K@1363,289+17x25 Jumlah@1466,282+73x27 SKS@1546,282+43x27 /@1596,285+6x23 Total@1607,285+45x23 Credits@1658,285+65x23",
        "Code@187,317+45x23 Course@334,317+63x23 Sem@1014,317+39x23 Credit@1072,317+56x23 Grade@1146,317+54x23 Point@1228,317+46x23 Credit@1296,317+56x23 Point@1358,317+46x23 65@1482,316+29x27",
        "16@94,349+26x27 RAK223005@141,349+124x27 Perpajakan@297,349+118x27 I@421,349+8x27 3@1026,349+13x27 2@1092,349+13x27 A@1165,349+15x27 4.00@1228,349+46x27 8.00@1327,349+46x27 IPK@1466,357+37x27 /@1510,361+6x23 Grade@1522,361+54x23 Point@1582,361+46x23 Average@1633,361+73x23",
        "17@94,388+26x27 RAK224001@141,388+124x27 Akuntansi@297,388+104x27 Sektor@408,388+69x27 Publik@483,388+66x27 4@1026,388+13x27 2@1092,388+13x27 C@1165,388+16x27 2.00@1228,388+46x27 4.00@1327,388+46x27 3.50@1482,391+50x27",
        "18@94,427+26x27 RAK224002@141,427+124x27 Perpajakan@297,427+118x27 II@421,427+16x27 4@1026,427+13x27 2@1092,427+13x27 A@1165,427+15x27 4.00@1228,427+46x27 8.00@1327,427+46x27 Predikat@1466,433+88x27 /@1562,436+6x23 Predicate@1573,436+85x23",
        "19@94,466+26x27 RAK224003@141,466+124x27 Sistem@297,466+71x27 Informasi@374,466+100x27 Akuntansi@481,466+104x27 4@1026,466+13x27 2@1092,466+13x27 AB@1158,466+30x27 3.50@1228,466+46x27 7.00@1327,466+46x27 Sangat@1482,467+80x27 Memuaskan@1570,467+140x27",
        "20@94,504+26x27 RNS224014@141,504+126x27 Etika@297,504+54x27 Profesi@358,504+73x27 4@1026,504+13x27 2@1092,504+13x27 A@1165,504+15x27 4.00@1228,504+46x27 8.00@1327,504+46x27 Bima,@1466,519+57x25 26@1529,519+25x25 November@1560,519+103x25 2023@1670,519+50x25",
        "21@94,543+26x27 RNS224015@141,543+126x27 Kewirausahaan@297,543+160x27 4@1026,543+13x27 2@1092,543+13x27 A@1165,543+15x27 4.00@1228,543+46x27 8.00@1327,543+46x27",
        "Jumlah@886,581+82x27 /@975,581+8x27 Total@990,581+60x27 16@1084,581+29x27 227.50@1311,581+79x27",
    ]
    var words: [OCRWord] { WordDump.words(dump) }

    @Test func theRowsBesideTheBoxAreRead() {
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["RAK223005", "RAK224001", "RAK224002", "RAK224003", "RNS224014", "RNS224015"])
        #expect(table.rows.map(\.grade) == ["A", "C", "A", "AB", "A", "A"])
        #expect(table.unreadableRows == 0)
    }

    @Test func theIPKIsTheBoxs() {
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).ipkPrinted == 3.5)
    }

    /// An IPK line under the table, right-aligned past its last column, closes the table: no box.
    @Test func anIPKBelowTheTableIsNoBox() {
        let below = [
            "No@90,289+31x25 Kode@160,289+56x25 MK@223,289+39x25 Mata@297,289+56x25 Kuliah@360,289+73x25 SKS@1076,289+45x25 Nilai@1147,289+53x25 Bobot@1218,289+65x25",
            dump[7], "IPK@1466,640+37x27 :@1510,640+6x27 3.25@1530,640+50x27",
        ]
        let words = WordDump.words(below)
        #expect(TranscriptTable.sideBox(words, scale: .indonesian) == nil)
    }

    /// A second course table beside the first, ending in its IPK beside the first's rows, is a
    /// table of its own (read as one of two side by side), not a box to set apart.
    @Test func aSecondTableBesideTheFirstIsNoBox() {
        func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }
        // the right table's labels stand a little lower: the left table's alone make the header line
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 200), ("SKS", 560), ("Nilai", 640)])
        words += line(241, [("Kode", 900), ("Mata Kuliah", 1040), ("SKS", 1400), ("Nilai", 1480)])
        words += line(262, [("IF101", 60), ("Kalkulus", 200), ("3", 560), ("A", 640), ("IF201", 900), ("Basis Data", 1040), ("3", 1400), ("B", 1480)])
        words += line(302, [("IF102", 60), ("Fisika", 200), ("2", 560), ("AB", 640), ("IF202", 900), ("Statistika", 1040), ("2", 1400), ("A", 1480)])
        words += line(342, [("IF103", 60), ("Logika", 200), ("2", 560), ("B", 640), ("IF203", 900), ("Jaringan", 1040), ("3", 1400), ("C", 1480)])
        words += line(382, [("IF104", 60), ("Agama", 200), ("2", 560), ("A", 640), ("IPK", 900), (": 3.40", 1040)])
        #expect(TranscriptTable.sideBox(words, scale: .indonesian) == nil)
    }
}
