import Contracts
import Testing
@testable import OCRService

/// Tables found by the shape of their rows (issue 7: layouts the reader was never tuned on),
/// from synthetic word boxes, independent of Tesseract.
@Suite struct TranscriptShapeTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// Abbreviated labels (K, HM, AM, K×AM), semester headings, Jumlah/IP Semester rows between
    /// the groups, decimal commas, an NPM: every course row read, none counted unreadable.
    @Test func abbreviatedLabelsSemesterGroupsAndSummaryRows() {
        var words = line(100, [("Nama Mahasiswa", 90), (": Sri Wahyuni", 330)]) + line(140, [("NPM", 90), (": 2106123456", 330)])
        words += line(220, [("No", 90), ("Kode", 150), ("Nama Mata Kuliah", 300), ("K", 900), ("HM", 980), ("AM", 1060), ("K×AM", 1140)])
        words += line(260, [("Semester 1 (Ganjil 2021/2022)", 100)])
        words += line(300, [("1", 95), ("IF1101", 150), ("Kalkulus I", 300), ("3", 904), ("A", 985), ("4,00", 1060), ("12,00", 1140)])
        words += line(340, [("2", 95), ("IF1102", 150), ("Fisika Dasar", 300), ("2", 904), ("BC", 982), ("2,50", 1060), ("5,00", 1140)])
        words += line(380, [("Jumlah", 300), ("5", 904), ("17,00", 1140)]) + line(420, [("IP Semester", 300), ("3,40", 1060)])
        words += line(460, [("Semester 2 (Genap 2021/2022)", 100)])
        words += line(500, [("3", 95), ("IF1203", 150), ("Struktur Data", 300), ("4", 904), ("B", 985), ("3,00", 1060), ("12,00", 1140)])
        words += line(540, [("Jumlah", 300), ("4", 904), ("12,00", 1140)]) + line(580, [("IP Semester", 300), ("3,00", 1060)])
        words += line(640, [("Indeks Prestasi Kumulatif", 90), (": 3,22", 420)])
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.rows == [
            CourseRow(code: "IF1101", name: "Kalkulus I", sks: 3, grade: "A"),
            CourseRow(code: "IF1102", name: "Fisika Dasar", sks: 2, grade: "BC"),
            CourseRow(code: "IF1203", name: "Struktur Data", sks: 4, grade: "B"),
        ])
        #expect(reading.unreadableRows == 0)
        #expect(reading.student == Student(name: "Sri Wahyuni", nim: "2106123456"))
        #expect(reading.ipkPrinted == 3.22)
    }

    /// Header words the reader does not know at all, a semester column of small integers left of
    /// the names: the SKS column is the one whose value times the grade's points is the product
    /// column on every row, the row number is the column counting down.
    @Test func unknownLabelsColumnsFoundByArithmetic() {
        var words = line(220, [("#", 90), ("Sem", 150), ("Course", 220), ("Title", 400), ("Cr", 900), ("Gr", 980), ("Pts", 1060)])
        let rows = [("1", "2", "MAT201", "Aljabar Linear", "3", "A", "12"), ("2", "2", "MAT202", "Statistika", "2", "B", "6"),
                    ("3", "3", "MAT301", "Analisis Real", "4", "C", "8"), ("4", "3", "MAT302", "Metode Numerik", "3", "AB", "10,5")]
        for (index, row) in rows.enumerated() {
            words += line(260 + 40 * index, [(row.0, 95), (row.1, 155), (row.2, 220), (row.3, 400), (row.4, 904), (row.5, 983), (row.6, 1062)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.sks) == [3, 2, 4, 3])
        #expect(table.rows.map(\.grade) == ["A", "B", "C", "AB"])
        #expect(table.rows.map(\.code) == ["MAT201", "MAT202", "MAT301", "MAT302"])
        #expect(table.rows.first?.name == "Aljabar Linear")
        #expect(table.headers.contains { $0.column == .number && $0.left < 120 })
    }

    /// A bilingual table sets its cells between a course's two name lines: the cells take the
    /// name line above them; the English line below is passed over, not counted unreadable.
    @Test func cellsSetBetweenTwoNameLines() {
        var words = line(220, [("Kode", 150), ("Mata Kuliah", 300), ("SKS", 900), ("Nilai", 980)])
        for (index, course) in [("KOM101", "Basis Data", "Databases", "3", "A"), ("KOM102", "Sistem Operasi", "Operating Systems", "2", "B"),
                                ("KOM103", "Kimia Dasar", "Basic Chemistry", "2", "AB")].enumerated() {
            let top = 260 + 72 * index
            words += line(top, [(course.1, 300)]) + line(top + 22, [(course.0, 150), (course.3, 904), (course.4, 984)]) + line(top + 44, [(course.2, 300)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.name) == ["Basis Data", "Sistem Operasi", "Kimia Dasar"])
        #expect(table.rows.map(\.grade) == ["A", "B", "AB"])
        #expect(table.unreadableRows == 0)
    }

    /// Two tables side by side (two semesters on one page): each half read as its own table,
    /// the left one's rows first, none merged across the halves.
    @Test func twoTablesSideBySide() {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 170), ("SKS", 470), ("Nilai", 540), ("Kode", 660), ("Mata Kuliah", 770), ("SKS", 1070), ("Nilai", 1140)])
        let left = [("IF101", "Kalkulus I", "3", "A"), ("IF102", "Fisika Dasar", "2", "B"), ("IF103", "Kimia Dasar", "2", "C")]
        let right = [("IF201", "Struktur Data", "4", "AB"), ("IF202", "Basis Data", "3", "BC"), ("IF203", "Sistem Digital", "2", "A")]
        for (index, (one, two)) in zip(left, right).enumerated() {
            words += line(260 + 40 * index, [(one.0, 60), (one.1, 170), (one.2, 474), (one.3, 545), (two.0, 660), (two.1, 770), (two.2, 1074), (two.3, 1145)])
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["IF101", "IF102", "IF103", "IF201", "IF202", "IF203"])
        #expect(table.rows.map(\.name) == ["Kalkulus I", "Fisika Dasar", "Kimia Dasar", "Struktur Data", "Basis Data", "Sistem Digital"])
        #expect(table.rows.map(\.grade) == ["A", "B", "C", "AB", "BC", "A"])
        #expect(table.unreadableRows == 0)
    }

    /// One semester's IPS stands for a one-semester page's average, never for a table of several
    /// semesters whose IPK was not read.
    @Test func aSemesterIPSIsNoIPKOfSeveralSemesters() {
        let one = line(100, [("Indeks Prestasi Semester (IPS)", 90), (": 3,40", 500)])
        let two = line(140, [("Indeks Prestasi Semester (IPS)", 90), (": 3,00", 500)])
        #expect(TranscriptReader.reading(words: one, scale: .indonesian).ipkPrinted == 3.40)
        #expect(TranscriptReader.reading(words: one + two, scale: .indonesian).ipkPrinted == nil)
    }

    /// Student numbers under their usual labels; an official's number (NIP) is not the student's.
    @Test func studentNumberLabels() {
        #expect(TranscriptReader.studentNumberLabel(["no", "mahasiswa"]) == 2)
        #expect(TranscriptReader.studentNumberLabel(["nomor", "induk", "mahasiswa"]) == 3)
        #expect(TranscriptReader.studentNumberLabel(["no", "bp"]) == 2)
        #expect(TranscriptReader.studentNumberLabel(["nrp"]) == 1)
        #expect(TranscriptReader.studentNumberLabel(["nomor", "induk", "pegawai"]) == nil)
        #expect(TranscriptReader.studentNumberLabel(["nip"]) == nil)
        #expect(TranscriptReader.studentNumberLabel(["nomor", ""]) == nil)
    }

    /// A letter-style KHS of grade points: no column labels at all, leader dots between a course
    /// and its "2 SKS", a two-decimal grade point last, semester headings between the groups.
    /// The numeric grade column is found by its shape and the dots are no part of any name.
    @Test func aHeaderlessListOfGradePointsWithLeaderDots() {
        let dots = String(repeating: ". ", count: 20)
        var words = line(100, [("Semester I (Ganjil 2021/2022)", 90)])
        let rows = [("BIO1201", "Genetika", "2", "4.00"), ("BIO1202", "Biokimia", "3", "3.75"), ("MKU1203", "Bahasa Inggris", "2", "2.50"),
                    ("BIO2301", "Anatomi Tumbuhan", "4", "3.00")]
        for (index, row) in rows.enumerated() {
            let y = 140 + 40 * index + (index >= 2 ? 40 : 0)
            if index == 2 { words += line(180 + 40, [("Semester II (Genap 2021/2022)", 90)]) }
            words += line(y, [("\(index + 1).", 90), (row.0, 160), (row.1 + " " + dots, 300), (row.2 + " SKS", 900), (". . . .", 980), (row.3, 1060)])
        }
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.rows == rows.map { CourseRow(code: $0.0, name: $0.1, sks: Int($0.2) ?? 0, grade: $0.3) })
        #expect(reading.unreadableRows == 0)
    }
}
