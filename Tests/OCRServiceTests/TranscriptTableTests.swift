import Contracts
import Testing
@testable import OCRService

/// Row/column parsing from synthetic word boxes, independent of Tesseract.
@Suite struct TranscriptTableTests {
    /// Words of one line: (text, x) at height y, each word 12 px per character wide.
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] {
        cells.flatMap { text, x in
            var offset = x
            return text.split(separator: " ").map { part in
                defer { offset += part.count * 12 + 10 }
                return OCRWord(text: String(part), box: Box(x: offset, y: y, width: part.count * 12, height: 20), confidence: 0.9)
            }
        }
    }

    @Test func readsRowsUnderTheirLabelsWhateverTheColumnOrder() {
        var words = line(100, [("Nama", 90), (": Budi Santoso", 300)]) + line(140, [("NIM", 90), (": 1301194123", 300)])
        words += line(220, [("Kode", 90), ("SKS", 280), ("Nama Mata Kuliah", 390), ("Nilai Huruf", 1000)])
        words += line(260, [("MAT101", 90), ("3", 280), ("Kalkulus |", 390), ("Bt", 1000)])
        words += line(300, [("IF2110", 92), ("4", 281), ("Interaksi Manusia dan Komputer Lanjut Sekali", 390), ("A", 1001)])
        words += line(340, [("Jumlah SKS : 7", 90)]) + line(380, [("IPK : 3.57", 90)])
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.rows == [
            CourseRow(code: "MAT101", name: "Kalkulus I", sks: 3, grade: "B+"),
            CourseRow(code: "IF2110", name: "Interaksi Manusia dan Komputer Lanjut Sekali", sks: 4, grade: "A"),
        ])
        #expect(reading.student == Student(name: "Budi Santoso", nim: "1301194123"))
        #expect(reading.ipkPrinted == 3.57)
    }

    @Test func numberColumnAndNumericGradesAreNotMistakenForSKS() {
        var words = line(220, [("No", 90), ("Mata Kuliah", 170), ("Kode", 750), ("Nilai", 940), ("SKS", 1110)])
        words += line(262, [("1", 90), ("Fisika Dasar II", 170), ("FIS202", 750), ("3,50", 940), ("2", 1110)])
        words += line(268, [("2", 92)]) // a stray mark on a later, slightly lower line
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == [CourseRow(code: "FIS202", name: "Fisika Dasar II", sks: 2, grade: "3.50")])
    }

    @Test func rowWithoutAGradeIsCountedUnreadableNotDropped() {
        var words = line(220, [("Kode", 90), ("Mata Kuliah", 280), ("SKS", 860), ("Nilai", 970)])
        words += line(262, [("KIM110", 90), ("Kimia Dasar", 280), ("2", 860), ("Q?", 970)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.isEmpty)
        #expect(table.unreadableRows == 1)
    }

    @Test func gradeVocabularyRepairsOCRSlips() {
        let scale = GradeScale.indonesian
        #expect(scale.canonical("Bt") == "B+")
        #expect(scale.canonical("8") == "B")
        #expect(scale.canonical("A_") == "A-")
        #expect(scale.canonical("ab") == "AB")
        #expect(scale.canonical("3,5") == "3.50")
        #expect(scale.canonical("Q") == nil)
        #expect(scale.canonical("5.00") == nil)
        #expect(TranscriptTable.sksValue("l") == 1)
        #expect(TranscriptTable.sksValue("12") == nil)
    }
}

/// Keystoned rows and code slips.
@Suite struct TranscriptRowGeometryTests {
    @Test func slantedRowsStayWhole() {
        // each row drops 2 px per 100 px to the right; rows are 40 px apart
        var words: [OCRWord] = []
        for row in 0..<3 {
            for (letter, x) in [("A", 100), ("B", 600), ("C", 1100)] {
                let y: Int = 200 + row * 40 + x / 50
                words.append(OCRWord(text: "\(letter)\(row)", box: Box(x: x, y: y, width: 40, height: 20), confidence: 0.9))
            }
        }
        #expect(TranscriptTable.rows(of: words).map { $0.map(\.text) } == [["A0", "B0", "C0"], ["A1", "B1", "C1"], ["A2", "B2", "C2"]])
    }

    @Test func codeSlipsAreRepaired() {
        #expect(TranscriptTable.codeValue("1F224") == "IF224")
        #expect(TranscriptTable.codeValue("BI02039") == "BIO2039")
        #expect(TranscriptTable.codeValue("IF2110") == "IF2110")
        #expect(TranscriptTable.codeValue("MAT101") == "MAT101")
    }

    /// A blurred page that lost its SKS and grade labels takes them from another page of the same
    /// transcript when the labels both have line up, never from a page laid out elsewhere.
    @Test func lostCellLabelsComeFromAnAlignedPage() {
        typealias Header = TranscriptTable.Header
        let own = [Header(column: .number, left: 141, right: 170), Header(column: .code, left: 274, right: 340), Header(column: .name, left: 581, right: 760)]
        let other = [Header(column: .number, left: 147, right: 176), Header(column: .code, left: 276, right: 342), Header(column: .name, left: 582, right: 760),
                     Header(column: .sks, left: 1518, right: 1580), Header(column: .grade, left: 1696, right: 1760)]
        #expect(TranscriptTable.completed(own, with: other).map(\.column) == [.number, .code, .name, .sks, .grade])
        let shifted = other.map { Header(column: $0.column, left: $0.left + 245, right: $0.right + 245) }
        #expect(TranscriptTable.completed(own, with: shifted) == own)
        #expect(TranscriptTable.completed(other, with: own) == other)
        let words = TranscriptTableTests().line(600, [("1", 147), ("MKU4543", 275), ("Statistika Dasar", 583), ("3", 1518), ("A", 1700)])
        #expect(TranscriptTable(words: TranscriptTableTests().line(540, [("No", 141), ("Kode", 274), ("Mata Kuliah", 581)]) + words, scale: .indonesian, continuing: other).rows
            == [CourseRow(code: "MKU4543", name: "Statistika Dasar", sks: 3, grade: "A")])
    }

    /// ": 4" read as one word "24" at the colon column of the label block: the semester is 4;
    /// a value standing past the colons ("24" of a two-digit semester) is not cut.
    @Test func semesterWhoseColonWasReadAsADigit() {
        func semester(_ value: (String, Int)) -> Int? {
            func colon(_ y: Int) -> OCRWord { OCRWord(text: ":", box: Box(x: 300, y: y + 4, width: 6, height: 14), confidence: 0.9) }
            let nama: [OCRWord] = TranscriptTableTests().line(100, [("Nama", 100), ("Budi Santoso", 320)]) + [colon(100)]
            let nim: [OCRWord] = TranscriptTableTests().line(140, [("NIM", 100), ("12345", 320)]) + [colon(140)]
            let words: [OCRWord] = nama + nim + TranscriptTableTests().line(180, [("Semester", 100), value])
            return TranscriptReader.reading(words: words, scale: .indonesian).semester
        }
        #expect(semester(("24", 300)) == 4)
        #expect(semester(("14", 301)) == 4)
        #expect(semester(("12", 322)) == 12)
        #expect(semester(("24", 322)) == nil)
    }
}
