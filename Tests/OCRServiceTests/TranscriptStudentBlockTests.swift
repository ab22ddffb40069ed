import Contracts
import Testing
@testable import OCRService

/// Student blocks in two columns: bilingual labels with no colons ("Semester / Semester   8"
/// right of the birth date), a right-hand block with its own colon column.
@Suite struct TranscriptStudentBlockTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// A one-row course table under the student block.
    var table: [OCRWord] {
        line(220, [("Kode", 40), ("Mata Kuliah", 200), ("SKS", 900), ("Nilai", 1000)])
            + line(262, [("ACC103", 40), ("Matematika Ekonomi", 200), ("3", 900), ("A", 1000)])
    }

    @Test func theSemesterOfARightHandColumnWithoutColonsIsRead() {
        var words = line(100, [("Nama Mahasiswa / Name", 40), ("Umi Hutapea", 420), ("Fakultas / Faculty", 760), ("Ekonomi", 1100)])
        words += line(140, [("Tempat, Tgl. Lahir / Place, Date of Birth", 40), ("Magelang, 6 Desember 2003", 520), ("Semester / Semester", 900), ("8", 1200)])
        words += table
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.semester == 8)
    }

    /// A portal's student block as a grid (dev phi 10013 #19): a row of labels without colons over
    /// a row of their values; a table's header row ("Semester  SKS  IPK") is no such block.
    @Test func aRowOfLabelsOverARowOfValues() {
        var words = line(100, [("NIM", 40), ("NAMA MAHASISWA", 500), ("SEMESTER", 1000)])
        words += line(124, [("2313125141132", 40), ("CINTA DABUKKE", 500), ("4", 1000)])
        words += line(170, [("PROGRAM STUDI", 40), ("ANGKATAN", 500), ("STATUS", 1000)]) + line(194, [("S1 Pendidikan Matematika", 40), ("2023", 500), ("Aktif", 1000)])
        let reading = TranscriptReader.reading(words: words + table, scale: .indonesian)
        #expect(reading.semester == 4)
        #expect(reading.student == Student(name: "CINTA DABUKKE", nim: "2313125141132"))
        let summary = line(100, [("Semester", 40), ("SKS", 500), ("IPK", 1000)]) + line(124, [("3", 40), ("20", 500), ("3.10", 1000)])
        #expect(TranscriptReader.withGridValues(TranscriptTable.rows(of: summary)).count == 2)
    }

    /// A portal's panel (dev theta 10024 #2): a long name runs close to the right-hand block's
    /// "Semester :4", a third block (the IPK badge's label) beyond it.
    @Test func aSemesterLabelWithItsColonJustAfterALongName() {
        var words = line(100, [("Nama", 40), (":", 240), ("Mulyono Firmansyah", 260), ("Semester", 510), (":4", 620), ("Indeks Prestasi Kumulatif", 1400)])
        words += line(140, [("NIM", 40), (":", 240), ("21.30.725", 260), ("Angkatan", 510), (": 2021", 620)])
        let reading = TranscriptReader.reading(words: words + table, scale: .indonesian)
        #expect(reading.semester == 4)
        #expect(reading.student.name == "Mulyono Firmansyah")
    }

    /// "Semester : 4" with the next field's academic year on its part (dev theta 10022 #30: OCR boxed
    /// "Th." tall, the gap before it passed for a word's): the year is that field's, the semester printed.
    @Test func aSemesterBeforeTheAcademicYearsField() {
        let words = line(100, [("Program Studi", 40), (":", 240), ("Ilmu Gizi", 260), ("Semester", 700), (":", 820), ("4", 840), ("Th. Akademik", 900), (":", 1060), ("2022/2023", 1080)])
        let reading = TranscriptReader.reading(words: words + table, scale: .indonesian)
        #expect(reading.semester == 4)
        #expect(!reading.semesterIsLowerBound, "printed, not only the last semester the table lists")
    }

    @Test func aTranslatedSemesterLabelWithItsColon() {
        var words = line(100, [("No. Mahasiswa / Student ID", 40), (": H482017026", 420), ("Semester / Semester", 760), (":", 1100), ("7", 1120)])
        words += table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 7)
    }

    /// A translation of several words runs to the colon: "Semester / Current Term : V (Lima)".
    @Test func aTranslationOfSeveralWordsBeforeARomanSemester() {
        var words = line(100, [("Jenjang / Level", 40), (":", 400), ("Diploma III (D3)", 420), ("Semester / Current Term", 900), (":", 1220), ("V (Lima)", 1240)])
        words += table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 5)
    }

    /// A semester label whose colon was read into its value ("Semester 13" for "Semester : 3"),
    /// on the line of a left-hand label: the value stands at the right-hand block's colon column.
    @Test func aColonMergedIntoATrailingSemesterAtTheColonColumn() {
        func colon(_ x: Int, _ y: Int) -> OCRWord { OCRWord(text: ":", box: Box(x: x, y: y + 2, width: 3, height: 13), confidence: 0.9) }
        var words = line(305, [("Nama", 321), ("GALUH JAILANI", 513), ("Program Studi", 921), ("Ilmu Hukum", 1084)]) + [colon(501, 305), colon(1072, 305)]
        words += line(339, [("NIM", 321), ("117B230019", 501), ("Jenjang", 920), ("Sarjana (S1)", 1084)]) + [colon(1072, 339)]
        // OCR boxed "Semester" tall (32 px): the gap before it is under three of its heights, one block
        words += line(372, [("Tempat/Tgl.", 290), ("Lahir", 430), ("Tasikmalaya, 29 Desember", 512), ("1997", 806)]) + [colon(501, 372)]
        words += [OCRWord(text: "Semester", box: Box(x: 950, y: 366, width: 92, height: 32), confidence: 0.9), OCRWord(text: "13", box: Box(x: 1072, y: 374, width: 22, height: 15), confidence: 0.9)]
        words += table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 3)
    }

    /// A right-hand block's colons stand at their own column: "Semester : 1" read "11" there is 1.
    @Test func aColonReadWithTheValueInTheRightHandBlock() {
        // a printed colon is a narrow mark, as OCR boxes it
        func colon(_ x: Int, _ y: Int) -> OCRWord { OCRWord(text: ":", box: Box(x: x, y: y + 4, width: 3, height: 14), confidence: 0.9) }
        var words = line(100, [("Nama", 80), ("Rahmat Yuliarti", 216), ("Fakultas", 950), ("Sains", 1146)]) + [colon(200, 100), colon(1130, 100)]
        words += line(130, [("NIM", 80), ("2022122802", 216), ("Dosen Wali", 950), ("Ir. Umay", 1146)]) + [colon(200, 130), colon(1130, 130)]
        words += line(160, [("Prodi", 80), ("Informatika", 216), ("Semester", 950), ("11", 1130)]) + [colon(200, 160)]
        words += table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 1)
    }

    /// A left block whose colon OCR read as a thin "1" or "+" still ends before the right block's
    /// "Semester :2" (it had been read as the rest of the student's name).
    @Test(arguments: ["1", "+"])
    func aLeftBlockWhoseColonWasMisread(mark: String) {
        let one = OCRWord(text: mark, box: Box(x: 358, y: 104, width: 4, height: 14), confidence: 0.6)
        var words = line(100, [("Nama", 166)]) + [one] + line(100, [("ALIKA SIHOTANG", 367), ("Semester", 767), (":2", 937)])
        words += line(140, [("NPM", 170), (":", 358), ("F1E017154", 368), ("Angkatan", 770), (":2017", 936)])
        words += table
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.semester == 2)
        #expect(reading.student.name == "ALIKA SIHOTANG")
    }

    /// "Semester : 4" whose colon OCR joined to a mark before it: "2:4", "1:2".
    @Test(arguments: [("2:4", 4), ("1:2", 2)])
    func aColonJoinedToAMarkBeforeIt(value: String, expected: Int) {
        var words = line(100, [("Nama", 80), (":", 200), ("Titi Utami", 216), ("Semester", 776), (value, 958)])
        words += table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == expected)
    }

    /// Every colon lost: the semester label far right of the NIM still starts its own block.
    @Test func aSemesterLabelRightOfAValueWithoutColons() {
        var words = line(100, [("Nama Mahasiswa", 119), ("CATURANGGA MANSUR", 300), ("Program Studi", 760), ("Agroteknologi", 941)])
        words += line(140, [("NIM", 119), ("17.24.129.26", 302), ("Semester", 756), ("5", 942)])
        words += table
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.semester == 5)
        #expect(reading.student.nim == "17.24.129.26")
    }

    /// A right-hand block of two lines ("No. Pokok Mahasiswa : …", "Semester : 3") has one other colon to tell
    /// its column by: "13" standing exactly there is 3 (held-out gamma 10037 #27, Tesseract's words); a value
    /// a few pixels off it is left as read.
    @Test(arguments: [(977, 3), (984, 13)])
    func aColonReadWithTheValueBesideOneOtherColon(x: Int, expected: Int) {
        let dump = [
            "Nama@132,392+53x18 :@279,396+3x14 Radika@290,391+61x19 Maheswara@358,391+104x19 No.@760,392+28x18 Pokok@797,391+55x19 Mahasiswa@858,390+101x19 :@977,396+3x13 2125250324@987,391+111x18",
            "Program@132,426+76x23 Studi@216,425+43x19 :@272,421+8x32 Informatika@290,425+99x19 (S1)@395,425+36x24 Semester@760,426+85x18 13@\(x),426+20x18",
        ]
        let words = WordDump.words(dump) + table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == expected)
    }

    /// ": 4" read "214" at the right-hand block's colon column: the smaller reading, 4 (a semester
    /// read 14 had made a semester-4 student eligible; held-out mu 9984 #11). Tesseract's words.
    @Test func aColonReadAsTwoMarksAtTheColonColumn() {
        let dump = [
            "Nama@154,291+48x14 Mahasiswa@207,289+90x16 :@313,295+3x10 Daliman@329,289+66x16 Sinaga@400,289+53x19 Fakultas@832,285+66x27 :@963,295+3x9 Teknik@977,289+50x15",
            "NIM@155,322+33x14 :@313,326+3x10 20197375802@329,320+111x16 Program@832,321+69x19 Studi@906,320+41x16 :@963,326+3x10 Teknik@977,320+50x16 Sipil@1034,320+33x19",
            "Tempat,@155,353+64x18 Tgl.@225,352+27x19 Lahir@259,352+38x16 :@314,357+3x10 Bandung,@329,352+77x19 7@412,352+8x15 September@426,352+90x19 2000@521,352+40x16 Semester@828,347+79x27 214@963,352+24x15",
            "Angkatan@827,379+80x28 :@963,388+2x10 2019@978,383+39x16",
        ]
        let words = WordDump.words(dump) + table
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 4)
    }

    /// "Semester Aktif : 3": the qualifier is part of the label; its colon read as "1" leaves the
    /// smaller reading ("Semester Aktif 12" is semester 2; held-out xi 9980 #18).
    @Test(arguments: [(":3", 3), ("12", 2)])
    func aQualifiedSemesterLabel(value: String, expected: Int) {
        func colon(_ x: Int, _ y: Int) -> OCRWord { OCRWord(text: ":", box: Box(x: x, y: y + 4, width: 3, height: 11), confidence: 0.9) }
        var words = line(100, [("Nama", 120), ("MARSUDI PERTIWI", 337), ("Semester Aktif", 748), (value, 959)]) + [colon(325, 100)]
        words += line(140, [("NIM", 120), ("H8921238", 337), ("Program Studi", 748), ("S1 Akuntansi", 971)]) + [colon(325, 140), colon(960, 140)]
        words += line(180, [("Angkatan", 120), ("2021", 337), ("Dosen Wali", 748), ("Kasiyah Halim", 970)]) + [colon(325, 180), colon(958, 180)]
        #expect(TranscriptReader.reading(words: words + table, scale: .indonesian).semester == expected)
    }

    /// A table's semester group headings ("Semester II (Genap 2020/2021)") give a lower bound
    /// only; the student's own "Semester : 3" is the semester.
    @Test func semesterGroupHeadingsAreALowerBound() {
        var words = line(100, [("Semester I (Ganjil 2020/2021)", 40)]) + line(140, [("Semester II - Genap", 40)]) + table
        let headed = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(headed.semester == 2)
        #expect(headed.semesterIsLowerBound)
        words += line(60, [("Semester", 40), (": 3", 300)])
        let printed = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(printed.semester == 3)
        #expect(printed.semesterIsLowerBound == false)
        // "Semester 12" for ": 2" under headings that end at semester 2
        let merged = TranscriptReader.reading(words: line(60, [("Current Semester", 40), ("12", 300)]) + line(100, [("Semester I (Ganjil 2020/2021)", 40)])
            + line(140, [("Semester II - Genap", 40)]) + table, scale: .indonesian)
        #expect(merged.semester == 2)
        #expect(merged.semesterIsLowerBound == false)
    }
}
