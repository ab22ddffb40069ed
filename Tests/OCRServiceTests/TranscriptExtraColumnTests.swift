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
        let words = dump.flatMap { $0.split(separator: " ").compactMap(Self.word) }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.count == 13)
        #expect(table.rows.prefix(6).map(\.name) == ["Bahasa Inggris", "Pendidikan Agama", "Pendidikan Pancasila", "Pengantar Akuntansi I", "Pengantar Ekonomi Mikro", "Pengantar Manajemen"])
        #expect(table.rows.allSatisfy { !$0.name.contains("20") && $0.code?.count == 7 })
    }

    static func word(_ token: Substring) -> OCRWord? {
        let parts = token.split(separator: "@")
        let box = parts.count == 2 ? parts[1].split(whereSeparator: { ",+x".contains($0) }).compactMap { Int($0) } : []
        guard box.count == 4 else { return nil }
        return OCRWord(text: String(parts[0]), box: Box(x: box[0], y: box[1], width: box[2], height: box[3]), confidence: 0.9)
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
}
