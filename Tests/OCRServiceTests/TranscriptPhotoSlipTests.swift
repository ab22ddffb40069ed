import Contracts
import Testing
@testable import OCRService

/// The phone-photo slips of a transcript page, on synthetic word boxes (no Tesseract): a page
/// left slanted, a lost "Kode" label, an "I" whose box Tesseract overlapped, a printed IPK with
/// its point lost or not read at all, a code misread with a lost character.
@Suite struct TranscriptPhotoSlipTests {
    func word(_ text: String, _ x: Int, _ y: Int, width: Int? = nil, height: Int = 20) -> OCRWord {
        OCRWord(text: text, box: Box(x: x, y: y, width: width ?? text.count * 12, height: height), confidence: 0.9)
    }

    /// Ten words a line, ten lines; each word `slope` × x lower than a level page.
    func slanted(_ slope: Double) -> [OCRWord] {
        (0..<10).flatMap { row in
            stride(from: 100, to: 700, by: 60).map { x in word("Kata", x, 100 + row * 40 + Int((slope * Double(x)).rounded())) }
        }
    }

    @Test func aSlantedPageIsTurnedLevelAndALevelOneIsLeftAlone() throws {
        let angle = try #require(TranscriptLevel.angle(of: slanted(0.08)))
        #expect(abs(angle + 0.0798) < 0.005)
        #expect(TranscriptLevel.angle(of: slanted(-0.05)).map { $0 > 0 } == true)
        #expect(TranscriptLevel.angle(of: slanted(0.005)) == nil)
    }

    @Test func aLostKodeLabelIsFoundFromTheCodesUnderIt() {
        var words = [word("Mata", 400, 200), word("Kuliah", 460, 200), word("SKS", 1050, 200), word("Huruf", 1170, 200)]
        for (row, (code, name)) in [("IF2142", "Praktikum"), ("KOM3457", "Pendidikan"), ("BIO950", "Bahasa")].enumerated() {
            words += [word(code, 212, 240 + row * 40), word(name, 400, 240 + row * 40), word("2", 1050, 240 + row * 40), word("B", 1170, 240 + row * 40)]
        }
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.map(\.code) == ["IF2142", "KOM3457", "BIO950"])
        #expect(table.rows.map(\.name) == ["Praktikum", "Pendidikan", "Bahasa"])
        // names alone before the name label are no code column
        let plain = [word("Mata", 400, 200), word("Kuliah", 460, 200), word("SKS", 1050, 200), word("Huruf", 1170, 200)]
            + (0..<3).flatMap { [word("Catatan", 212, 240 + $0 * 40), word("Nama", 400, 240 + $0 * 40), word("2", 1050, 240 + $0 * 40), word("B", 1170, 240 + $0 * 40)] }
        #expect(TranscriptTable(words: plain, scale: .indonesian).rows.allSatisfy { $0.code == nil })
    }

    @Test func anIOverlappedByTheWordBeforeItStaysOnItsRow() {
        let words = [word("Kalkulus", 418, 819, width: 108, height: 18), word("I", 517, 815, width: 14, height: 31), word("3", 1050, 820)]
        #expect(TranscriptTable.rows(of: words).map { $0.map(\.text) } == [["Kalkulus", "I", "3"]])
        let ipk = [word("Kumulatif", 529, 1065, width: 105, height: 19), word(":", 628, 1060, width: 11, height: 32), word("3.45", 644, 1067, width: 42, height: 18)]
        #expect(TranscriptTable.rows(of: ipk).count == 1)
    }

    @Test func aPrintedIPKWithItsPointLostOrUnreadIsNotIgnored() {
        #expect(TranscriptReader.lastGradePoint(["IPK", "285"]) == 2.85)
        #expect(TranscriptReader.lastGradePoint(["IPK", ":", "2.85", "(144", "SKS)"]) == 2.85)
        #expect(TranscriptReader.lastGradePoint(["IPK", "144", "285"]) == nil)
        let rows = [CourseRow(code: "IF1", name: "Basis Data", sks: 3, grade: "A")]
        let unread = TranscriptReading(student: Student(name: nil, nim: nil), rows: rows, ipkPrinted: nil, ipkUnread: true)
        let verdict = TranscriptVerifier().verify(unread, TranscriptRequirements(minIPK: nil, courses: []))
        #expect(verdict.eligible == .needsReview)
        let read = TranscriptReading(student: Student(name: nil, nim: nil), rows: rows, ipkPrinted: 4.0, ipkUnread: true)
        #expect(read.ipkUnread == false)
        #expect(TranscriptVerifier().verify(read, TranscriptRequirements(minIPK: nil, courses: [])).eligible == .eligible)
    }

    /// ": 4" read "14" with no colon column to tell by (the Nama/NIM colons unread): 4, the lower.
    @Test func aSemesterWithoutAColonColumnIsReadLow() {
        let words = [word("Nama", 100, 100), word("Budi", 320, 100), word("Semester", 100, 140), word("14", 300, 140)]
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 4)
        let colon = [word("Nama", 100, 100), word("Budi", 320, 100), word("Semester", 100, 140), word(":", 300, 140, width: 6), word("14", 320, 140)]
        #expect(TranscriptReader.reading(words: colon, scale: .indonesian).semester == 14)
    }

    /// A blurred "SKS" label ("SxS") still names its column; a numeric grade "375" lost its point.
    @Test func blurredLabelsAndPointlessNumericGrades() {
        let header = [word("Kode", 100, 200), word("SxS", 300, 200), word("Mata", 400, 200), word("Kuliah", 460, 200), word("Nilai", 1000, 200)]
        #expect(TranscriptTable.header(of: header).map(\.column) == [.code, .sks, .name, .grade])
        #expect(GradeScale.indonesian.canonical("375") == "3.75")
        #expect(GradeScale.indonesian.canonical("450") == nil)
        #expect(GradeScale(points: ["A": 4], acceptsNumeric: false).canonical("375") == nil)
    }

    @Test func aCodeMisreadWithALostDigitIsADoubtNotAnAbsence() {
        let rows = [CourseRow(code: "FISI22", name: "Kecerdasan Buatan", sks: 4, grade: "A")]
        #expect(TranscriptCourseMatch.find("FIS1221", in: rows) == nil)
        #expect(TranscriptCourseMatch.resembling("FIS1221", in: rows) != nil)
        #expect(TranscriptCourseMatch.resembling("KIM3457", in: rows) == nil)
    }

    @Test func aRomanNumeralReadWithAnExclamationMark() {
        #expect(TranscriptTable.repairName("I!") == "II")
        #expect(TranscriptTable.repairName("!") == "I")
        #expect(TranscriptTable.repairName("Kalkulus") == "Kalkulus")
    }

    @Test func digitsReadAsLettersAfterTheTablesSharedCodePrefix() {
        let codes = ["AGRO106", "AGRO408", "AGROSO1", "AGRO606", "UNV-101", "UNV-1O2", "UNV-103", "UNV-104", "TIS101", "IF2110A"]
        let rows = codes.map { CourseRow(code: $0, name: "Mata Kuliah", sks: 2, grade: "A") }
        #expect(TranscriptTable.withSharedPrefix(rows).map(\.code) == ["AGRO106", "AGRO408", "AGRO501", "AGRO606", "UNV-101", "UNV-102", "UNV-103", "UNV-104", "TIS101", "IF2110A"])
    }

    /// "Indeks Prestasi Kumu" with its value lost to faded print is an IPK line to read again;
    /// one that shows its value, or a semester's, is not.
    @Test func anIPKLineWhoseValueWasLostIsReadAgain() {
        func words(_ texts: [String]) -> [OCRWord] {
            texts.enumerated().map { OCRWord(text: $1, box: Box(x: 100 + 120 * $0, y: 700, width: 100, height: 20), confidence: 0.9) }
        }
        #expect(TranscriptIPKReread.isValueless(words(["Indeks", "Prestasi", "Kumu"])))
        #expect(TranscriptIPKReread.isValueless(words(["IPK", ":"])))
        #expect(!TranscriptIPKReread.isValueless(words(["Indeks", "Prestasi", "Kumulatif", ":", "3.60"])))
        #expect(!TranscriptIPKReread.isValueless(words(["Indeks", "Prestasi", "Semester", ":"])))
        #expect(TranscriptReader.lastGradePoint(["Indeks", "Prestasi", "Kumu", "latif", ":", "3.60"]) == 3.60)
        #expect(TranscriptReader.isCumulativeAverage(["indeks", "prestasi", "kumu", "latif", "", ""]))
    }
}
