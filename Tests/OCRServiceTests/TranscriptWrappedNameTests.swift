import Contracts
import Testing
@testable import OCRService

/// Names wrapped in a narrow cell whose code and grade stand centred between the name's lines,
/// told apart from translations printed under every name; course codes whose dots OCR lost or
/// read as commas. Synthetic word boxes, independent of Tesseract.
@Suite struct TranscriptWrappedNameTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// A health polytechnic's ruled table (dev phi 10013 #2): a long name takes two lines and its
    /// code, SKS and grade are centred between them; both lines are the name, a lone Roman numeral
    /// on the second too (dev phi 10014 #2).
    @Test func aNameWrappedAroundCentredCellsIsJoined() {
        var words = line(200, [("No", 90), ("Kode MK", 150), ("Mata Kuliah", 300), ("SKS", 700), ("Huruf", 780)])
        let courses = [("BID.1.01", "Anatomi Fisiologi", nil), ("BID.2.02", "Keterampilan Dasar Praktik Klinik", "Kebidanan"),
                       ("MKU.2.03", "Bahasa Indonesia", nil), ("BID.3.02", "Asuhan Kebidanan Persalinan dan", "Bayi Baru Lahir"),
                       ("MKU.2.04", "Bahasa Inggris Tenaga Kesehatan", nil), ("MKU.1.04", "Bahasa Inggris Tenaga Kesehatan", "I")]
        var y = 240
        for (index, course) in courses.enumerated() {
            if let rest = course.2 {
                words += line(y, [(course.1, 300)]) + line(y + 14, [("\(index + 1)", 95), (course.0, 150), ("3", 704), ("A", 784)])
                words += line(y + 28, [(rest, 300)])
                y += 70
            } else {
                words += line(y, [("\(index + 1)", 95), (course.0, 150), (course.1, 300), ("2", 704), ("B", 784)])
                y += 40
            }
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.name) == courses.map { [$0.1, $0.2].compactMap { $0 }.joined(separator: " ") })
        #expect(table.rows.map(\.code) == courses.map(\.0))
        #expect(table.unreadableRows == 0)
    }

    /// A diploma transcript (dev upsilon 10010 #23): an English line under every name, and the
    /// long names' lines would pass for their wrapped rest; a short name has one too, so none is.
    @Test func aTranslationUnderNearlyEveryNameIsNoContinuation() {
        var words = line(200, [("No", 90), ("Kode", 150), ("Mata Kuliah", 300), ("SKS", 760), ("Nilai", 840)])
        let courses = [("NS1211", "Agama", "Religion"), ("AK1203", "Aplikasi Komputer Bisnis", "Computer Applications"),
                       ("AK1204", "Matematika Ekonomi Dasar", "Economic Mathematics"), ("AK1206", "Pengantar Bisnis Modern", "Introduction to Business"),
                       ("AK2203", "Statistika Bisnis Terapan", "Business Statistics"), ("AK2302", "Pengantar Akuntansi Lanjut", "Principles of Accounting")]
        for (index, course) in courses.enumerated() {
            let top = 240 + 50 * index
            words += line(top, [("\(index + 1)", 95), (course.0, 150), (course.1, 300), ("2", 764), ("A", 844)]) + line(top + 22, [(course.2, 300)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.name) == courses.map(\.1))
    }

    /// A scanned page of the same transcript (dev upsilon 10011 #2) where OCR lost half the English
    /// lines: those left read as English under Indonesian names, so none is a name's rest. In an
    /// English table (dev zeta 10006 #5) a wrapped name's rest reads as English too, and still is one.
    @Test func englishLinesUnderIndonesianNamesAreTranslations() {
        var words = line(200, [("No", 90), ("Kode", 150), ("Mata Kuliah", 300), ("SKS", 760), ("Nilai", 840)])
        let courses = [("RTL224004", "Sistem Proteksi Tenaga", "Protection Systems"), ("RNS224016", "Kewirausahaan Teknologi", nil),
                       ("RTL225001", "Praktik Kerja Lapangan", "Industrial Placement"), ("RTL225002", "Tugas Akhir Terapan", nil),
                       ("RTL225003", "Distribusi Tenaga Listrik", "Power Distribution"), ("RTL225004", "Pengukuran Listrik", nil)]
        for (index, course) in courses.enumerated() {
            let top = 240 + 50 * index
            words += line(top, [("\(index + 1)", 95), (course.0, 150), (course.1, 300), ("2", 764), ("A", 844)])
            if let english = course.2 { words += line(top + 22, [(english, 300)]) }
        }
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.name) == courses.map(\.1))

        var english = line(200, [("No", 90), ("Code", 150), ("Course Title", 300), ("Credits", 760), ("Grade", 840)])
        let titles = [("KOM101", "Human-Computer", "Interaction"), ("KOM102", "Logic for Informatics", nil),
                      ("KOM103", "Software Project", "Management"), ("KOM104", "Research Methodology", nil)]
        for (index, course) in titles.enumerated() {
            let top = 240 + 50 * index
            english += line(top, [("\(index + 1)", 95), (course.0, 150), (course.1, 300), ("2", 764), ("A", 844)])
            if let rest = course.2 { english += line(top + 22, [(rest, 300)]) }
        }
        #expect(TranscriptTable(words: english, scale: .indonesian).rows.map(\.name) == titles.map { [$0.1, $0.2].compactMap { $0 }.joined(separator: " ") })
    }

    /// A national-database print (dev chi 10016 #2): a Semester column of academic periods
    /// ("2019/2020 Ganjil") left of the codes is no part of the names.
    @Test func aSemesterColumnIsNoName() {
        var words = line(200, [("No", 90), ("Semester", 200), ("Kode MK", 420), ("Nama Mata Kuliah", 700), ("SKS", 1000), ("Nilai Huruf", 1100)])
        let courses = [("AGT30101", "Biologi Pertanian", "Ganjil"), ("AGT30102", "Dasar-Dasar Agronomi", "Ganjil"), ("AGT20201", "Agroklimatologi", "Genap")]
        for (index, course) in courses.enumerated() {
            words += line(240 + 40 * index, [("\(index + 1)", 95), ("2019/2020 \(course.2)", 170), (course.0, 380), (course.1, 560), ("3", 1010), ("A", 1120)])
        }
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.name) == courses.map(\.1))
        // a summary line under a table (dev lambda 10005 #2) is no header for the next
        #expect(TranscriptTable.header(of: line(900, [("IP Semester 3,00 Beban SKS Maks. Semester Depan 24SKS", 40)])).count < 2)
    }

    /// A code's dot read as a comma is still the code.
    @Test func aCommaInACodeIsItsDot() {
        #expect(TranscriptTable.codeValue("MKU,2.04") == "MKU.2.04")
        #expect(TranscriptTable.codeValue("3,50") == nil)
        #expect(TranscriptTable.codeValue("12,00") == nil)
    }

    /// A requirement naming a code with dots finds the row whose code OCR read without them.
    @Test func aCodeWithoutItsDotsIsTheCourse() {
        let rows = [CourseRow(code: "UNV1201", name: "Bahasa Indonesia", sks: 2, grade: "A"), CourseRow(code: "UNV1202", name: "Agama", sks: 2, grade: "B")]
        #expect(TranscriptCourseMatch.find("UNV.1.202", in: rows)?.name == "Agama")
        #expect(TranscriptCourseMatch.find("UNV.1.203", in: rows) == nil)
    }
}
