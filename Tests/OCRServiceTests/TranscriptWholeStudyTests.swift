import Contracts
import Testing
@testable import OCRService

/// Whole-study transcripts in English or bilingual wording (issue 7: layouts the reader was
/// never tuned on), from synthetic word boxes, independent of Tesseract.
@Suite struct TranscriptWholeStudyTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// English labels (Student Name, Student ID Number, Current Semester, Course Code, Course
    /// Title, Credits, Grade Point Average (GPA)), a course name wrapped onto the next line, a
    /// grade-point column whose label was lost: every row read whole, the wrapped name joined.
    @Test func englishLabelsAndWrappedNames() {
        var words = line(100, [("Student Name", 90), (":", 330), ("Vino Mandala", 350)])
        words += line(140, [("Student ID Number", 90), (":", 330), ("B0622104", 350)]) + line(180, [("Current Semester", 90), (":", 330), ("5", 350)])
        words += line(260, [("No", 90), ("Course Code", 150), ("Course Title", 300), ("Credits", 560), ("Grade", 660)])
        let rows = [("1", "KOM-1184", "DATA STRUCTURES LAB", "2", "B", "3.00"), ("2", "KOM-1188", "ARTIFICIAL", "3", "A", "4.00"),
                    ("3", "KOM-1194", "DATA MINING", "2", "A-", "3.70"), ("4", "KOM-1136", "BASIC CHEMISTRY", "3", "B+", "3.30")]
        for (index, row) in rows.enumerated() {
            let y = 300 + 60 * index
            words += line(y, [(row.0, 95), (row.1, 150), (row.2, 300), (row.3, 570), (row.4, 670), (row.5, 760)])
            if index == 1 { words += line(y + 26, [("INTELLIGENCE", 300)]) }
        }
        words += line(560, [("Total Credits", 90), (":", 330), ("10", 350)]) + line(600, [("Grade Point Average (GPA)", 90), (":", 400), ("3.53", 420)])
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.rows.map(\.name) == ["DATA STRUCTURES LAB", "ARTIFICIAL INTELLIGENCE", "DATA MINING", "BASIC CHEMISTRY"])
        #expect(reading.rows.map(\.grade) == ["B", "A", "A-", "B+"])
        #expect(reading.rows.map(\.code) == ["KOM-1184", "KOM-1188", "KOM-1194", "KOM-1136"])
        #expect(reading.unreadableRows == 0)
        #expect(reading.student == Student(name: "Vino Mandala", nim: "B0622104"))
        #expect(reading.ipkPrinted == 3.53)
        #expect(reading.semester == 5)
    }

    /// A grade OCR garbled ("Be") beside a grade-point column whose label was lost: the points
    /// ("3.30") are never taken for the grade.
    @Test func unlabelledPointsColumnIsNoGrade() {
        var words = line(260, [("No", 90), ("Code", 150), ("Subject", 300), ("Cr", 560), ("Grade", 660)])
        let rows = [("1", "KOM1184", "Logic", "2", "B", "3.00"), ("2", "KOM1188", "Databases", "3", "A", "4.00"),
                    ("3", "KOM1194", "Data Mining", "2", "Be", "3.30"), ("4", "KOM1136", "Basic Chemistry", "3", "C", "2.00")]
        for (index, row) in rows.enumerated() {
            words += line(300 + 40 * index, [(row.0, 95), (row.1, 150), (row.2, 300), (row.3, 570), (row.4, 670), (row.5, 760)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.grade) == ["B", "A", "C"])
        #expect(table.unreadableRows == 1)
    }

    /// Bilingual labels run on to their colon ("Nama / Name :"), a graduate's study length gives
    /// the semester, "Indeks Prestasi Kumulatif" (beside a credit total too) and "Cumulative GPA" are
    /// the IPK, a semester's GPA and a cumulative mutu total are not.
    @Test func bilingualLabelsAndStudyLength() {
        #expect(TranscriptReader.value(after: ["Nama", "/", "Name", ":", "Hamzah", "Hariyah"], labelWords: 1) == "Hamzah Hariyah")
        #expect(TranscriptReader.studentNumberLabel(["student", "id", "number"]) == 3)
        #expect(TranscriptReader.studyLength(["masa", "studi", "", "", "tahun"], tokens: ["Masa", "Studi", ":", "4", "Tahun"]) == nil)
        #expect(TranscriptReader.studyLength(["masa", "studi", "", "", "tahun", "", "semester"], tokens: ["Masa", "Studi", ":", "4", "Tahun", "(8", "Semester)"]) == 8)
        #expect(TranscriptReader.isCumulativeAverage(["cumulative", "gpa", ""]))
        #expect(TranscriptReader.isCumulativeAverage(["grade", "point", "average", "gpa", ""]))
        #expect(!TranscriptReader.isCumulativeAverage(["semester", "gpa", ""]))
        #expect(!TranscriptReader.isCumulativeAverage(["total", "credits", ""]))
        #expect(!TranscriptReader.isCumulativeAverage(["jumlah", "mutu", "kumulatif", ""]))
        // a credit total and the IPK printed on one line
        let line = ["Jumlah", "SKS", "/", "Total", "Credits:", "49", "Indeks", "Prestasi", "Kumulatif", ":", "3,43"]
        #expect(TranscriptReader.isCumulativeAverage(line.map { $0.lowercased().filter(\.isLetter) }))
        #expect(TranscriptReader.lastGradePoint(line) == 3.43)
    }

    /// Two tables side by side, their rows not level with each other: the cell re-reads work on
    /// each table's own words (the right table's rows are no rows of the left one).
    @Test func sideBySideTablesAreReReadApart() {
        var words = line(260, [("No", 90), ("Kode", 150), ("Mata Kuliah", 300), ("Kr", 560), ("Huruf", 620)])
        words += line(260, [("No", 800), ("Kode", 860), ("Mata Kuliah", 1010), ("Kr", 1270), ("Huruf", 1330)])
        for index in 0..<5 {
            words += line(300 + 50 * index, [("\(index + 1)", 95), ("SIF10\(index)1", 150), ("Basis Data", 300), ("3", 565), ("A", 630)])
            words += line(320 + 50 * index, [("\(index + 6)", 805), ("SIF20\(index)1", 860), ("Sistem Operasi", 1010), ("2", 1275), ("B", 1340)])
        }
        let tables = TranscriptTable.tables(words, scale: .indonesian)
        #expect(tables.count == 2)
        #expect(tables.first?.allSatisfy { $0.box.x < 760 } == true)
        #expect(tables.last?.allSatisfy { $0.box.x >= 800 } == true)
        #expect(TranscriptTable.tables(words.filter { $0.box.x < 760 }, scale: .indonesian).count == 1)
    }

    /// A long name whose cells stand centred between it and an English line under it: the
    /// English line is a translation, not the rest of the name (the cells would be level with a
    /// wrapped name's first line).
    @Test func aTranslationUnderALongNameIsNoContinuation() {
        var words = line(220, [("Kode", 150), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 980)])
        let courses = [("KOM101", "INTERAKSI MANUSIA DAN KOMPUTER", "Human-Computer Interaction"), ("KOM102", "BASIS DATA", "Databases"),
                       ("KOM103", "SISTEM OPERASI", "Operating Systems")]
        for (index, course) in courses.enumerated() {
            let top = 260 + 60 * index
            words += line(top, [(course.1, 300)]) + line(top + 10, [(course.0, 150), ("3", 904), ("A", 984)]) + line(top + 26, [(course.2, 300)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.name) == courses.map(\.1))
        #expect(table.unreadableRows == 0)
    }

    /// A bilingual table with its cells level with the name: the long names' English lines look
    /// like their wrapped rest, but the short names have one too, so none is (dev nu 4301 #7).
    @Test func aTranslationUnderEveryNameIsNoContinuation() {
        var words = line(220, [("Kode", 100), ("Mata Kuliah", 280), ("Nilai", 1100), ("SKS", 1300)])
        let courses = [("UNV-1201", "Bahasa Inggris", "English"), ("UNV-1202", "Pendidikan Agama", "Religious Education"),
                       ("HK-1204", "Ilmu Negara", "Theory of the State"), ("HK-1305", "Pengantar Hukum Indonesia", "Introduction to Indonesian Law"),
                       ("MKU-101", "Kalkulus", "Calculus")]
        for (index, course) in courses.enumerated() {
            let top = 260 + 80 * index
            words += line(top, [(course.0, 100), (course.1, 280), ("A", 1110), ("2", 1300)]) + line(top + 33, [(course.2, 280)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.name) == courses.map(\.1))
    }
}
