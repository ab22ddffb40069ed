import Contracts
import Testing
@testable import OCRService

/// A certified copy whose codes are dotted numbers ("17.12.1301": faculty, programme, course) and whose grades print
/// their points with the letter in brackets ("2 (C)", read by OCR as one word "2(C)"). Tesseract's words on a
/// generated scan (eta 10028 #6, seen).
struct TranscriptCertifiedCopyTests {
    @Test func aDottedNumberIsACodeUnlessItIsADate() {
        #expect(TranscriptTable.codeValue("17.12.1301") == "17.12.1301")
        #expect(TranscriptTable.codeValue("10.00.1204") == "10.00.1204")
        #expect(TranscriptTable.codeValue("08-05-2023") == nil)
        #expect(TranscriptTable.codeValue("24.09.2004") == nil)
        #expect(TranscriptTable.codeValue("MKU/1/201") == "MKU/1/201")
        #expect(TranscriptTable.codeValue("12/05/2021") == nil)
        #expect(TranscriptTable.codeValue("3.20/4.00") == nil)
        #expect(TranscriptTable.codeValue("II1GJ/") == nil)
    }

    @Test func pointsAndTheLetterInBracketsAreTheLetter() {
        #expect(GradeScale.indonesian.canonical("2(C)") == "C")
        #expect(GradeScale.indonesian.canonical("3,5(B+)") == "B+")
        #expect(GradeScale.indonesian.canonical("4(A)") == "A")
        #expect(GradeScale.indonesian.canonical("(D+)") == "D+")
        #expect(GradeScale.indonesian.canonical("2(Q)") == nil)
    }

    @Test func theCopysRowsAreReadWithTheirCodes() {
        let dump = [
            "No@132,558+28x16 Kode@258,557+52x17 Mata@679,558+52x16 Kuliah@737,557+66x17 SKS@1118,558+42x16 Nilai@1262,557+47x17",
            "17.12.1302@194,639+99x17 PENGANTAR@398,639+135x17 ILMU@541,639+56x17 KOMUNIKASI@606,639+145x17 3@1134,639+10x17 1,5@1249,639+25x19 (D+)@1281,639+43x20",
            "17.12.1203@194,678+100x17 PENGANTAR@397,678+136x17 SOSIOLOGI@540,678+119x17 2@1134,678+10x17 3,5@1247,678+28x19 (B+)@1282,678+42x21",
            "17.12.2202@194,794+99x17 KOMUNIKASI@398,794+145x17 ANTARPRIBADI@550,794+167x18 2@1134,795+10x16 2(C)@1262,795+47x20",
            "8@140,872+11x17 10.00.2204@194,872+100x17 BAHASA@398,872+92x17 INGGRIS@497,872+90x17 2@1134,872+10x17 2(C)@1262,872+47x20",
            "9@140,911+11x16 17.12.3301@194,911+97x16 KOMUNIKASI@398,911+144x16 MASSA@551,911+77x16 3@1134,911+10x16 3(B)@1262,910+47x21",
            "10@137,949+20x17 17.12.3302@194,949+100x17 PENULISAN@398,949+125x17 BERITA@531,949+80x17 3@1134,949+10x17 4(A)@1261,949+49x21",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        #expect(table.rows.map(\.code) == ["17.12.1302", "17.12.1203", "17.12.2202", "10.00.2204", "17.12.3301", "17.12.3302"])
        #expect(table.rows.map(\.grade) == ["D+", "B+", "C", "C", "B", "A"])
        #expect(table.unreadableRows == 0)
    }

    /// "Nilai Angka (Huruf)" is one column whose cells print "2,5 (C+)": the letter is the grade (text layer of eta
    /// 10030 #12, seen). Beside a column of its own, "Nilai Angka" stays a score column (see the score tests).
    @Test func aPointsColumnWithTheLetterInBracketsIsTheGradeColumn() {
        let dump = [
            "Kode@157,589+72x29 MK@238,589+50x29 Nama@536,589+82x29 Mata@626,589+72x29 Kuliah@707,589+94x29 Smt@1018,589+56x29 SKS@1103,589+58x29 Nilai@1188,591+58x25 Angka@1253,591+76x25 (Huruf)@1336,591+92x25",
            "MU-1-01@125,636+112x29 BAHASA@339,636+112x29 INGGRIS@458,636+118x29 I@1041,636+10x29 2@1124,636+16x29 2,5@1254,636+40x29 (C+)@1302,636+60x29",
            "TE-1-04@125,764+100x29 FISIKA@339,764+91x29 DASAR@438,764+92x29 I@538,764+10x29 I@1041,764+10x29 3@1124,764+16x29 3@1277,764+16x29 (B)@1301,764+38x29",
            "TE-2-05@125,1063+100x29 PEMROGRAMAN@339,1063+223x29 KOMPUTER@570,1063+157x29 II@1036,1063+20x29 3@1124,1063+16x29 4@1277,1063+16x29 (A)@1301,1063+38x29",
            "TE-5-02@125,1148+100x29 INSTALASI@339,1148+160x29 LISTRIK@507,1148+108x29 V@1041,1148+14x29 2@1124,1148+16x29 0@1277,1148+16x29 (E)@1301,1148+38x29",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        // "0 (E)": the printed E, not the 0 taken for a D
        #expect(table.rows.map(\.grade) == ["C+", "B", "A", "E"])
        #expect(table.rows.map(\.sks) == [2, 3, 3, 2])
        #expect(table.rows.map(\.name) == ["BAHASA INGGRIS", "FISIKA DASAR I", "PEMROGRAMAN KOMPUTER", "INSTALASI LISTRIK"])
    }

    @Test func aSignBlurTookIsTakenFromThePoints() {
        let dump = [
            "No@129,557+34x18 Kode@253,557+63x18 Mata@662,557+65x18 Kuliah@736,557+85x18 SKS@1114,553+51x32 Nilai@1255,557+61x18",
            "1@142,601+9x17 10.00.1201@194,601+126x17 Pendidikan@398,601+128x17 Pancasila@534,601+108x17 2@1133,601+12x17 3,70@1240,601+49x21 (A)@1299,601+33x21",
            "2@140,640+12x17 27.03.1302@192,640+129x17 Pengantar@398,640+119x22 Komunikasi@585,640+135x17 3@1134,640+11x17 3,30@1230,640+49x21 (B)@1289,640+51x21",
            "3@140,678+12x18 27.03.1203@192,678+130x18 Pengantar@398,678+119x23 Sosiologi@526,678+104x23 2@1133,679+12x17 3,70(A)@1236,678+80x21",
            "4@140,717+13x17 10.00.2201@194,717+126x17 Bahasa@398,717+83x17 Indonesia@490,717+112x17 2@1133,717+12x18 3,00@1240,717+49x21 (A)@1299,717+33x21",
            "5@141,756+11x17 10.00.2202@194,756+127x17 Bahasa@398,756+83x17 Inggris@490,756+81x22 2@1133,756+12x17 4,00@1236,756+49x21 (A)@1295,756+39x21",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        // "3,70 (A)" and "3,70(A)": A- lost its sign; "3,00 (A)" stands for B, another letter, so the printed A stays
        #expect(table.rows.map(\.grade) == ["A-", "B+", "A-", "A", "A"])
    }
}
