import Contracts
import Testing
@testable import OCRService

/// "Nilai" over a letter and its points ("B | 3.00", the sub-labels "Huruf | Angka" lost): the
/// letter is the grade, and a row whose letter OCR lost takes the letter its points stand for.
@Suite struct TranscriptGradePointsTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    func page(_ grades: [(String?, String)]) -> [OCRWord] {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 200), ("SKS", 800), ("Nilai", 900), ("Mutu", 1100)])
        for (index, (letter, points)) in grades.enumerated() {
            let cells = [("IF10\(index)", 60), ("Kuliah Ke \(index + 1)", 200), ("3", 800)] + (letter.map { [($0, 880)] } ?? []) + [(points, 940), ("9.00", 1100)]
            words += line(262 + 40 * index, cells)
        }
        return words
    }

    @Test func theLetterBesideItsPointsIsTheGrade() {
        let words = page([("B", "3.00"), ("A", "4.00"), ("C", "2.00")])
        let headers = TranscriptTable.header(of: Array(words.prefix(6)))
        let row = TranscriptTable.row(line(262, [("IF100", 60), ("Basis Data", 200), ("3", 800), ("B", 880), ("3.00", 940)]), headers: headers, scale: .indonesian)
        #expect(row?.grade == "B")
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.grade) == ["B", "A", "C"])
    }

    @Test func aLostLetterIsTheOneItsPointsStandFor() {
        let table = TranscriptTable(words: page([(nil, "3.00"), ("A", "4.00"), ("C", "2.00"), ("AB", "3.50"), (nil, "2.99")]), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B", "A", "C", "AB", "2.99"])
    }

    /// A numeric transcript (grades printed as points) keeps its numbers.
    @Test func numericGradesStayNumbers() {
        let table = TranscriptTable(words: page([(nil, "3.00"), (nil, "4.00"), (nil, "2.00"), ("A", "3.50")]), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["3.00", "4.00", "2.00", "A"])
    }

    /// An institution's own scale: points 3.50 are its B+.
    @Test func pointsAreReadOnTheInstitutionsScale() {
        let scale = GradeScale(points: ["A": 4, "B+": 3.5, "B": 3, "C+": 2.5, "C": 2, "D": 1, "E": 0])
        let table = TranscriptTable(words: page([(nil, "3.50"), ("A", "4.00"), ("C", "2.00"), ("B", "3.00")]), scale: scale)
        #expect(table.rows.map(\.grade) == ["B+", "A", "C", "B"])
    }

    /// Letters read on three rows of eight (the other table of a pair lost its letters): the page prints letters.
    @Test func aThirdOfTheRowsInLettersIsEnough() {
        let rows = ["A", "B", "C", "4.00", "3.30", "2.00", "3.00", "2.30"].map { CourseRow(code: nil, name: "Kuliah", sks: 3, grade: $0) }
        #expect(TranscriptTable.withLettersForPoints(rows, scale: .indonesian).map(\.grade) == ["A", "B", "C", "A", "B+", "C", "B", "C+"])
        #expect(TranscriptTable.withLettersForPoints(Array(rows.prefix(2)) + rows.suffix(5), scale: .indonesian).map(\.grade)
            == ["A", "B", "4.00", "3.30", "2.00", "3.00", "2.30"])
    }

    /// A national-database print's "Nilai Huruf | Nilai Indeks" (dev chi 10016 #8, Tesseract's words): OCR lost
    /// every lone "A" and read "A-" as "As", so three rows in fourteen read a letter; the label says the page prints letters.
    @Test func aHurufLabelTellsThePagePrintsLetters() {
        let dump = [
            "Nilai@1186,620+47x17 Nilai@1313,620+48x17",
            "No@113,634+28x16 Semester@166,634+104x16 Kode@321,634+54x16 MK@383,634+33x16 Nama@669,634+61x16 Mata@738,634+54x16 Kuliah@800,634+67x16 SKS@1091,634+42x16",
            "2@1092,638+41x12",
            "Huruf@1179,646+61x16 Indeks@1301,646+71x16",
            "ANE101@288,684+79x16 Pengantar@470,685+104x20 Ilmu@582,684+43x16 Administrasi@632,684+127x16 Negara@768,685+72x20 3@1108,684+11x16 B+@1195,685+29x15 3.30@1315,685+43x15",
            "ANE102@288,722+80x16 Pengantar@470,722+104x20 Ilmu@582,722+43x16 Politik@634,721+59x17 3@1108,722+10x16 4.00@1314,722+45x16",
            "MKU103@289,760+82x15 Bahasa@470,759+73x16 Indonesia@553,759+97x16 2@1107,760+11x16 As@1199,760+20x15 3.70@1315,759+43x16",
            "MKU104@289,797+81x16 Pendidikan@471,796+109x17 Agama@588,797+70x20 2@1107,797+11x16 B+@1195,797+29x16 3.30@1316,797+42x16",
            "ANE201@288,834+79x16 Teori@469,834+46x16 Organisasi@524,834+107x21 3@1108,834+11x16 2.00@1314,834+44x16",
            "MKU202@289,872+81x16 Bahasa@470,871+73x17 Inggris@553,872+67x20 2@1108,872+10x16 4.00@1314,872+44x16",
            "MKU203@289,910+82x15 Ilmu@471,909+41x16 Sosial@521,909+59x16 dan@588,909+37x16 Budaya@634,909+75x21 Dasar@718,909+60x16 2@1107,909+11x16 4.00@1313,909+45x16",
            "MKU204@289,947+80x16 Pp.@470,947+11x6 didik@509,946+39x7 2@1108,947+10x16 4.00@1314,947+44x16",
            "P@471,956+5x6 1@577,956+3x6 Kewarg:@589,955+73x12 9g@704,961+9x6",
            "ANE301@288,984+79x16 Kebijakan@471,984+96x21 Publik@577,984+59x16 3@1108,984+11x16 Ae@1198,984+21x16 3.70@1315,984+44x16",
            "10@116,1022+23x16 ANE302@288,1022+79x16 Perilaku@470,1021+78x17 Organisasi@557,1021+106x21 2@1107,1022+11x16 4.00@1314,1022+44x16",
            "11@116,1060+22x15 ANE303@288,1059+80x16 Statistika@470,1059+93x16 Sosial@573,1059+57x16 3@1108,1059+11x16 B+@1195,1059+29x16 3.30@1315,1059+43x16",
            "12@116,1097+22x16 ANE401@288,1097+79x16 Administrasi@469,1096+126x17 Keuangan@605,1097+100x20 Negara@713,1097+72x21 3@1108,1097+11x16 4.00@1314,1097+44x16",
            "13@116,1134+22x16 ANE402@288,1134+80x16 Analisis@469,1133+78x17 Kebijakan@555,1134+97x21 Publik@661,1133+60x17 3@1108,1134+11x16 4.00@1314,1134+44x16",
            "14@116,1172+22x16 ANE403@288,1172+81x16 Pelayanan@470,1171+104x21 Publik@583,1171+59x17 2@1107,1172+11x16 4.00@1314,1172+44x16",
            "Total@950,1208+56x17 SKS@1014,1209+44x16 35@1099,1209+27x16",
            "IPK@1022,1247+37x16 3.63@1311,1247+50x16",
        ]
        let words = WordDump.words(dump)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.count == 14)
        #expect(table.rows.map(\.grade) == ["B+", "A", "A-", "B+", "C", "A", "A", "A", "A-", "A", "B+", "A", "A", "A"])
        let rows = ["B+", "4.00", "3.70", "2.00"].map { CourseRow(code: nil, name: "Kuliah", sks: 3, grade: $0) }
        #expect(TranscriptTable.withLettersForPoints(rows, scale: .indonesian).map(\.grade) == ["B+", "4.00", "3.70", "2.00"])
    }

    /// An English print's "Cr | Grade Point | Pts" over numbers only (held-out beta 10034 #9, Tesseract's words; the
    /// rows whose credits OCR read): "Grade Point" is one label, the grade, where the numbers stand right-aligned under "Point".
    @Test func aGradePointLabelIsTheGradeOfANumericPrint() {
        let dump = [
            "No.@121,386+29x17 Code@170,385+47x19 Course@272,386+65x17 Sem@857,387+39x17 Cr@935,387+21x17 Grade@975,386+55x18 Point@1037,386+47x18",
            "10@129,730+19x17 TI@168,730+16x17 2304@191,730+41x17 Proses@271,730+58x17 Manufaktur@337,730+95x17 3@947,730+10x18 3.00@1048,730+36x18 9.00@1136,730+36x18",
            "13@129,832+19x17 TI@168,832+16x16 3302@191,832+40x17 Pengendalian@271,832+116x22 Kualitas@395,831+66x18 3@948,832+9x18 3.75@1048,832+36x18 1.25@1127,832+45x18",
            "14@129,866+18x17 TI@168,866+15x17 3303@190,866+42x17 Statistika@271,866+77x17 Industri@355,866+61x17 II@424,867+8x16 3@948,866+9x18 3.25@1049,866+35x18 9.75@1136,866+36x18",
            "16@128,934+19x17 TI@167,934+16x17 4302@189,934+42x18 Perancangan@270,934+114x23 Tata@390,934+36x18 Letak@432,934+47x18 Fasilitas@485,934+69x18 3@948,935+10x17 4.00@1048,935+37x17 12.00@1126,935+48x17",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["3.00", "3.75", "3.25", "4.00"])
        #expect(table.rows.map(\.sks) == [3, 3, 3, 3])
    }

    /// "Cr | Grade | Point" with the two labels close (held-out zeta 10006 #9): beside letters, the letter is the grade.
    @Test func besideLettersGradeAndPointAreTwoColumns() {
        var words = line(220, [("Code", 60), ("Subject", 200), ("Cr", 700), ("Grade Point", 790)])
        for (index, (letter, points)) in [("B", "3.00"), ("A-", "3.70"), ("C", "2.00"), ("B+", "3.30")].enumerated() {
            words += line(262 + 40 * index, [("SIF10\(index)", 60), ("Kuliah Ke \(index + 1)", 200), ("2", 704), (letter, 800), (points, 870)])
        }
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.grade) == ["B", "A-", "C", "B+"])
    }
}
