import Contracts
import Testing
@testable import OCRService

/// Columns beside the course name: numeric codes ("3191043"), an academic period ("20241"), a
/// course type (Sifat: W, P). The code is the code; none of them is part of the name.
@Suite struct TranscriptExtraColumnTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func aNumericCodeIsTheCodeAndNoPartOfTheName() {
        var words = line(220, [("No", 60), ("Kode", 120), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("1", 60), ("3191043", 120), ("Kalkulus 2", 300), ("3", 900), ("AB", 1000)])
        words += line(302, [("2", 60), ("3191051", 120), ("Basis Data", 300), ("2", 900), ("B", 1000)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == [
            CourseRow(code: "3191043", name: "Kalkulus 2", sks: 3, grade: "AB"),
            CourseRow(code: "3191051", name: "Basis Data", sks: 2, grade: "B"),
        ])
    }

    @Test func aPeriodColumnTheHeaderDoesNotNameStaysOutOfTheName() {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 240), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("IF21301", 60), ("Struktur Data", 240), ("20241", 700), ("3", 900), ("A", 1000)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == [CourseRow(code: "IF21301", name: "Struktur Data", sks: 3, grade: "A")])
    }

    /// "Tahun Akademik" is a label the reader does not know; its "2017/2018Gasal" cells are
    /// words with letters left of the codes, yet the names' column begins after the codes.
    /// The words are Tesseract's on a generated photo (text@x,y+width x height).
    @Test func anAcademicYearColumnBeforeTheCodesIsNoNameColumn() {
        let dump = [
            "No@123,397+21x15 Tahun@175,395+49x17 Akademik@229,395+79x17 Kode@329,395+40x17 MK@376,397+24x14 Mata@424,397+38x15 Kuliah@468,395+50x17 SKS@1219,397+33x14 Nilai@1277,395+33x16 Bobot@1336,395+49x16",
            "1@129,438+8x15 2017/2018Gasal@178,436+127x17 UMU-101@329,438+71x15 Bahasa@424,436+57x17 Inggris@486,438+49x20 2@1231,438+8x15 A@1288,438+11x15 40@1348,438+23x15",
            "2@129,472+8x14 2017/2018@178,470+79x17 Gasal@262,470+43x17 UMU-102@329,471+71x16 Pendidikan@424,470+82x17 Agama@510,472+54x19 2@1231,472+8x15 A@1288,472+11x15 4.0@1348,472+23x14",
            "3@129,505+8x15 2017/2018Gasal@178,504+127x16 UMU-103@329,505+70x15 Pendidikan@424,504+82x16 Pancasila@513,504+72x16 2@1231,505+8x15 A@1288,505+11x16 4.0@1348,505+23x15",
            "4@128,539+9x15 2017/2018Gasal@178,538+127x16 ACC-104@328,539+69x15 Pengantar@424,539+77x20 Akuntansi@504,538+75x16 |@585,539+3x15 3@1231,539+8x15 B@1291,541+6x12 3.0@1348,539+23x15",
            "5@129,573+8x15 2017/2018Gasal@178,572+127x16 ACC-105@328,573+69x15 Pengantar@424,573+77x20 Ekonomi@507,572+63x16 Mikro@577,572+40x16 3@1231,573+8x15 A@1288,573+11x15 40@1347,573+24x15",
            "6@129,607+8x15 2017/2018Gasal@179,606+126x16 ACC-106@328,607+69x15 Pengantar@424,607+77x20 Manajemen@507,606+86x21 3@1231,607+8x15 B@1291,609+6x11 3.0@1348,607+23x15",
            "7@129,641+8x15 2017/2018Genap@175,640+133x21 UMU-201@329,641+70x15 Pendidikan@424,640+82x16 Kewarganegaraan@513,641+136x20 2@1231,641+8x15 A@1288,641+11x15 40@1347,641+24x15",
            "8@129,675+8x15 2017/2018Genap@175,674+132x21 ACC-202@328,675+69x15 Komunikasi@424,674+86x16 Bisnis@516,675+44x15 2@1231,675+8x15 B+@1284,675+20x15 3.5@1348,675+23x15",
            "9@129,709+8x15 2017/2018Genap@175,708+133x21 ACC-203@328,709+69x15 Pengantar@424,703+77x30 Akuntansi@505,703+70x30 II@585,709+6x14 3@1231,709+8x15 B-@1284,709+20x15 3.5@1348,709+23x15",
            "10@124,743+18x15 2017/2018Genap@175,741+132x21 ACC-204@328,743+69x15 Pengantar@424,742+77x20 Ekonomi@507,741+63x17 Makro@577,741+45x17 3@1231,743+8x14 B-@1284,742+20x16 3.5@1348,742+23x16",
            "11@126,776+16x15 2017/2018Genap@175,775+133x21 ACC-205@328,776+69x15 Statistika@424,775+68x16 Ekonomi@497,775+65x16 |@568,777+3x14 3@1231,776+8x15 B@1291,778+6x12 3.0@1348,776+23x15",
            "12@124,810+18x15 2018/2019Gasal@178,809+127x16 UMU-301@329,810+71x15 Ilmu@424,809+31x16 Sosial@461,809+44x16 dan@511,809+27x16 Budaya@544,809+57x21 Dasar@606,810+44x15 2@1231,810+8x15 B@1291,812+6x12 3.0@1348,810+23x15",
            "13@124,844+18x15 2018/2019Gasal@178,843+127x16 ACC-302@328,844+69x15 Akuntansi@423,843+73x16 Biaya@503,843+41x21 3@1231,844+8x15 B@1291,846+6x12 3.0@1348,844+23x15",
        ]
        let words = WordDump.words(dump)
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.count == 13)
        #expect(table.rows.prefix(6).map(\.name) == ["Bahasa Inggris", "Pendidikan Agama", "Pendidikan Pancasila", "Pengantar Akuntansi I", "Pengantar Ekonomi Mikro", "Pengantar Manajemen"])
        #expect(table.rows.allSatisfy { !$0.name.contains("20") && $0.code?.count == 7 })
    }

    /// A "Smt" column (each course's semester: 1, 1, 2, 3 …) is no SKS column, even where OCR
    /// lost the SKS header and cells: the rows are then unreadable, never read with the semester
    /// as their credits. Tesseract's words on a generated photo (dev kappa 4303 #8).
    @Test func aSemesterColumnIsNoCreditColumn() {
        let dump = [
            "No@190,570+22x13 Smt@239,570+31x13 Kode@309,569+42x14 Mata@684,569+42x14 Kuliah@731,569+55x14 a@1107,569+9x14 za@1118,569+13x14 &@1133,569+9x14 Nilai@1168,569+38x14 Bobot@1232,569+48x14",
            "1@197,605+7x13 1@251,605+6x13 MAT117@294,605+66x13 METODE@387,605+78x13 NUMERIK@470,605+88x13 w@1120,605+9x13 C+@1177,605+22x13 2.30@1240,605+33x13",
            "2@195,638+9x13 1@250,638+7x13 MATI61@293,638+67x13 ALGORITMA@386,638+114x13 DAN@504,638+41x13 PEMROGRAMAN@550,638+148x13 A@1181,638+14x13 4.00@1241,638+32x13",
            "3@195,671+8x13 1@250,671+6x13 MAT170@293,671+67x13 GRAFIKA@387,671+83x13 KOMPUTER@475,671+104x13 A@1182,671+13x13 4.00@1241,671+33x13",
            "4@194,705+9x13 2@248,705+8x13 MAT140@292,705+68x13 JARINGAN@385,705+95x13 KOMPUTER@486,705+104x13 A@1182,705+14x13 4.00@1242,705+32x13",
            "5@194,738+8x13 2@248,738+8x13 MAT154@292,738+68x13 PENGOLAHAN@386,738+129x13 CITRA@521,738+56x13 DIGITAL@581,738+75x13 A@1187,741+3x4 4.00@1242,738+33x13",
            "6@193,771+9x14 3@247,771+9x14 MAT236@292,771+67x14 PENDIDIKAN@386,771+116x14 PANCASILA@508,771+104x14 -@1123,772+7x13 B+@1179,772+22x13 3.30@1243,772+33x13",
            "7@193,805+8x13 3@247,805+8x13 MAT261@291,805+67x13 BAHASA@385,805+78x13 INGGRIS@468,805+75x13 C+@1180,805+22x13 2.30@1243,805+33x13",
            "8@192,839+9x13 4@246,839+9x13 MAT272@291,838+67x14 MANAJEMEN@385,838+118x14 PROYEK@510,839+75x13 PERANGKAT@590,839+113x13 LUNAK@707,839+66x13 D@1188,840+7x11 1.00@1245,839+32x13",
            "9@192,872+8x14 4@246,872+8x13 MAT218@290,872+68x14 PRAKTIKUM@385,872+111x14 BASIS@503,872+53x14 DATA@562,872+48x14 B@1189,874+6x10 3.00@1244,872+33x14",
            "10@188,906+17x13 4@245,906+9x13 MAT213@290,906+67x13 PEMBELAJARAN@384,906+150x13 MESIN@540,906+58x13 B+@1181,906+22x14 3.30@1245,906+33x14",
        ]
        let table = TranscriptTable(words: WordDump.words(dump), scale: .indonesian)
        #expect(table.rows.isEmpty, "\(table.rows.map(\.sks))")
        #expect(table.unreadableRows == 10)
    }

    /// A semester heading whose period OCR read as one number is no row left unread.
    @Test func aSemesterHeadingReadAsANumberIsNoCourseRow() {
        var words = line(220, [("No", 60), ("Kode", 120), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("SEMESTER", 60), ("20237202", 200)])
        words += line(302, [("1", 60), ("2031012", 120), ("Bahasa Inggris", 300), ("2", 900), ("AB", 1000)])
        words += line(342, [("2", 60), ("2031022", 120), ("Biologi Umum", 300), ("3", 900), ("B", 1000)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["2031012", "2031022"])
        #expect(table.unreadableRows == 0)
    }

    /// Under "Nilai Huruf" the grades are letters: where OCR lost them, the next column's
    /// numbers ("201", an unlabelled period) are no grades; the rows are unreadable instead.
    @Test func numbersAreNoGradesUnderALetterGradeLabel() {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai Huruf", 960), ("Masa", 1160)])
        words += line(262, [("UNV101", 60), ("Bahasa Inggris", 300), ("2", 905), ("201", 1166)])
        words += line(302, [("UNV102", 60), ("Biologi Umum", 300), ("3", 905), ("201", 1166)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.isEmpty)
        #expect(table.unreadableRows == 2)
        // the same numbers under a plain "Nilai" label are numeric grades with their point lost
        var plain = line(220, [("Kode", 60), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 1160)])
        plain += line(262, [("UNV101", 60), ("Bahasa Inggris", 300), ("2", 905), ("350", 1166)])
        #expect(TranscriptTable(words: plain, scale: .indonesian).rows.map(\.grade) == ["3.50"])
    }

    @Test func shortNumbersAreNoCodes() {
        #expect(TranscriptTable.codeValue("3191043") == "3191043")
        #expect(TranscriptTable.codeValue("12") == nil)
        #expect(TranscriptTable.codeValue("1234") == nil)
        #expect(TranscriptTable.holdsLongNumber("20241"))
        #expect(TranscriptTable.holdsLongNumber("2017/2018Gasal"))
        #expect(!TranscriptTable.holdsLongNumber("2"))
    }

    @Test func aCourseTypeColumnIsNoPartOfTheName() {
        var words = line(220, [("Kode", 40), ("Mata Kuliah", 200), ("Sifat", 760), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("EKA103", 40), ("Pengantar Akuntansi I", 200), ("W", 770), ("3", 900), ("B", 1000)])
        words += line(302, [("EKA505", 40), ("Auditing I", 200), ("P", 770), ("3", 900), ("C", 1000)])
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.name) == ["Pengantar Akuntansi I", "Auditing I"])
        // the same column under a label the reader does not know is cut off by its distance
        var unnamed = line(220, [("Kode", 40), ("Mata Kuliah", 200), ("Catatan", 760), ("SKS", 900), ("Nilai", 1000)])
        unnamed += line(262, [("EKA103", 40), ("Pengantar Akuntansi I", 200), ("Wjb", 770), ("3", 900), ("B", 1000)])
        #expect(TranscriptTable(words: unnamed, scale: .indonesian).rows.map(\.name) == ["Pengantar Akuntansi I"])
    }

    /// "Kredit | Bobot" and "K | NA" with no letter column: the grade points are the grades.
    /// Beside a letter column (labelled or only shown by the rows: a photo that lost "Nilai Huruf"),
    /// or when a label went unread (it may be the grade's), Bobot is not read.
    @Test func aGradePointColumnIsTheGradeWhenNoOtherIs() {
        func columns(_ header: [(String, Int)], rows: [[(String, Int)]] = []) -> [TranscriptTable.Column] {
            let lines = [line(100, header)] + rows.enumerated().map { line(140 + 40 * $0.offset, $0.element) }
            return TranscriptTable.header(at: 0, of: lines).map(\.column)
        }
        #expect(columns([("Kode", 100), ("Mata Kuliah", 300), ("Kredit", 900), ("Bobot", 1000)]) == [.code, .name, .sks, .grade])
        #expect(columns([("No.", 60), ("MK", 110), ("Nama Mata Kuliah", 300), ("K", 900), ("NA", 960)]) == [.number, .name, .sks, .grade])
        #expect(columns([("Kode", 100), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 980), ("Bobot", 1060)]) == [.code, .name, .sks, .grade, .other])
        // "NIL4I" is the grade's label misread (the one missing cell column), Bobot stays points
        #expect(columns([("Kode", 100), ("Mata Kuliah", 300), ("SKS", 900), ("NIL4I", 980), ("Bobot", 1060)]) == [.code, .name, .sks, .other, .grade])
        // the letters are there, their label is not: Bobot stays points
        let lettered = (0..<3).map { [("IF10\($0)", 100), ("Kalkulus", 300), ("4", 905), (["A", "B+", "BC"][$0], 1000), ("3.50", 1060)] }
        #expect(columns([("Kode", 100), ("Mata Kuliah", 300), ("SKS", 900), ("Bobot", 1060)], rows: lettered).contains(.grade) == false)
        // a column of SKS 4s reads like "A"s, yet shows no letters
        let fours = (0..<3).map { [("IF10\($0)", 100), ("Kalkulus", 300), ("4", 905), ("3.50", 1000)] }
        #expect(columns([("Kode", 100), ("Mata Kuliah", 300), ("Kredit", 900), ("Bobot", 1000)], rows: fours).contains(.grade))
        var words = line(220, [("Kode", 100), ("Mata Kuliah", 300), ("Kredit", 900), ("Bobot", 1000)])
        words += line(262, [("MKU.1.01", 100), ("Pendidikan Agama", 300), ("2", 905), ("3.50", 1000)])
        words += line(302, [("MKB.1.03", 100), ("Logika Informatika", 300), ("3", 905), ("2.75", 1000)])
        #expect(TranscriptTable(words: words, scale: .indonesian).rows == [
            CourseRow(code: "MKU.1.01", name: "Pendidikan Agama", sks: 2, grade: "3.50"),
            CourseRow(code: "MKB.1.03", name: "Logika Informatika", sks: 3, grade: "2.75"),
        ])
    }

    /// Codes of digit groups ("33.1.013", "20-4-013") are codes; a date, a decimal and a year are not.
    @Test func dottedNumericCodesAreCodes() {
        #expect(TranscriptTable.codeValue("33.1.013") == "33.1.013")
        #expect(TranscriptTable.codeValue("20-4-013") == "20-4-013")
        #expect(TranscriptTable.codeValue("11.05.2025") == nil)
        #expect(TranscriptTable.codeValue("256.80") == nil)
        #expect(TranscriptTable.codeValue("3.50") == nil)
    }

    /// Rules typed as text ("------") between the semester groups are no course rows left unread.
    @Test func typedRulesAreNoRows() {
        var words = line(220, [("NO", 60), ("KODE MK", 120), ("NAMA MATA KULIAH", 300), ("SKS", 900), ("NILAI", 960), ("BOBOT", 1040)])
        words += line(250, [(String(repeating: "-", count: 80), 60)])
        words += line(280, [("1", 60), ("ACC1143", 120), ("MATEMATIKA EKONOMI", 300), ("3", 905), ("B+", 965), ("3.50", 1040)])
        words += line(310, [(String(repeating: "-", count: 70), 300)])
        words += line(340, [("JUMLAH SKS : 3 MUTU : 10.50 IPS : 3.50", 300)])
        words += line(380, [("2", 60), ("ACC1222", 120), ("HUKUM BISNIS", 300), ("2", 905), ("C+", 965), ("2.50", 1040)])
        words += line(410, [(String(repeating: "=", count: 70), 300)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B+", "C+"])
        #expect(table.unreadableRows == 0)
    }

    /// "Nilai | Nilai | Nilai" over "Akhir | Huruf | Mutu" beside "Kode … SKS": the grade's label
    /// is "Huruf" on the line below; its letters are the grades, never the Mutu points.
    @Test func aGradeLabelSetOnTheLineBelow() {
        var words = line(190, [("Nilai", 980), ("Nilai", 1060), ("Nilai", 1140)])
        words += line(225, [("Kode MK", 90), ("Nama Mata Kuliah", 300), ("SKS", 900)])
        words += line(260, [("Akhir", 975), ("Huruf", 1050), ("Mutu", 1130)])
        words += line(300, [("TI220130", 90), ("Bahasa Inggris I", 300), ("2", 905), ("99.94", 980), ("A", 1065), ("8.00", 1135)])
        words += line(340, [("TI200107", 90), ("Praktikum Dasar Pemrograman", 300), ("1", 905), ("97.49", 980), ("4.00", 1135)])
        let lines = TranscriptTable.rows(of: words)
        #expect(TranscriptTable.header(at: 1, of: lines).contains { $0.column == .grade && $0.left == 1050 })
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == [CourseRow(code: "TI220130", name: "Bahasa Inggris I", sks: 2, grade: "A")])
        #expect(table.unreadableRows == 1)
    }
}
