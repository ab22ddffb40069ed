import Contracts
import Testing
@testable import OCRService

/// The minimum semester, sure failures against doubts, misread courses, and pages merged.
@Suite struct TranscriptDecisionTests {
    let rows = [
        CourseRow(code: "MAT101", name: "Kalkulus I", sks: 3, grade: "A"),
        CourseRow(code: "IF2110", name: "Bah", sks: 3, grade: "B"),
        CourseRow(code: "BLO1527", name: "Kewarganegaraan", sks: 2, grade: "A-"),
    ]
    var ipk: Double { ((3 * 4.0 + 3 * 3.0 + 2 * 3.7) / 8 * 100).rounded() / 100 }

    func verify(semester: Int?, printed: Double? = nil, unreadable: Int = 0, _ requirements: TranscriptRequirements) -> TranscriptVerification {
        let reading = TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: printed ?? ipk, unreadableRows: unreadable, semester: semester)
        return TranscriptVerifier().verify(reading, requirements)
    }

    @Test func minimumSemester() {
        let needFive = TranscriptRequirements(minIPK: nil, courses: [], minSemester: 5)
        #expect(verify(semester: 6, needFive).eligible == .eligible)
        #expect(verify(semester: 6, needFive).semester == 6)
        let low = verify(semester: 3, needFive)
        #expect(low.eligible == .notEligible && low.reasons == ["semester 3 is below the required semester 5"])
        #expect(verify(semester: nil, needFive).eligible == .needsReview)
        #expect(verify(semester: nil, TranscriptRequirements(minIPK: nil, courses: [])).eligible == .eligible)
    }

    @Test func aMisreadCourseIsReviewedNotRefused() {
        let byName = verify(semester: 4, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Bahasa Inggris", minGrade: "C")]))
        #expect(byName.eligible == .needsReview, "\(byName.reasons)")
        let byCode = verify(semester: 4, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "BIO1527", minGrade: "C")]))
        #expect(byCode.eligible == .needsReview, "\(byCode.reasons)")
        let absent = verify(semester: 4, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Kalkulus II", minGrade: "C")]))
        #expect(absent.eligible == .notEligible, "\(absent.reasons)")
    }

    @Test func aSureFailureOutweighsADoubtButNotAMismatchedIPK() {
        let requirements = TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Bahasa Inggris", minGrade: "C")], minSemester: 5)
        let failed = verify(semester: 2, requirements)
        #expect(failed.eligible == .notEligible && failed.reasons.count == 2)
        #expect(verify(semester: 2, printed: 2.10, requirements).eligible == .needsReview)
        // an IPK below the minimum recomputed from a partly unreadable table is only a doubt, unless
        // the printed IPK agrees with it (TranscriptVerifierTests)
        let unprinted = TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: nil, unreadableRows: 1, semester: 6)
        #expect(TranscriptVerifier().verify(unprinted, TranscriptRequirements(minIPK: 3.9, courses: [])).eligible == .needsReview)
        #expect(verify(semester: 6, unreadable: 1, TranscriptRequirements(minIPK: 3.9, courses: [])).eligible == .notEligible)
        #expect(verify(semester: 6, TranscriptRequirements(minIPK: 3.9, courses: [])).eligible == .notEligible)
    }

    @Test func pagesMergeInOrder() {
        let first = TranscriptReading(student: Student(name: "Putri", nim: "K4D23849"), rows: Array(rows.prefix(2)), ipkPrinted: nil, semester: 3)
        let last = TranscriptReading(student: Student(name: nil, nim: nil), rows: [rows[2]], ipkPrinted: 3.55, unreadableRows: 1)
        let merged = TranscriptReading(merging: [first, last])
        #expect(merged.rows == rows && merged.student.nim == "K4D23849" && merged.ipkPrinted == 3.55)
        #expect(merged.unreadableRows == 1 && merged.semester == 3)
    }

    @Test(arguments: [(["Semester", ":", "5"], 5), (["Semester", ":VI"], 6), (["Smt", "3"], 3), (["Semester", "Ganjil", "7"], nil), (["Semester", ":", "40"], nil),
        (["Semester", "Ganjil", "2023/2024"], nil), (["Semester", "15"], 5), (["Semester", "3,"], 3), (["Semester", "25"], nil),
        (["Semester", "ke-5"], 5), (["Semester", "ke-VI"], 6), (["Semester", "ke", "4"], 4)])
    func semesterNumbers(tokens: [String], expected: Int?) {
        #expect(TranscriptReader.semesterNumber(tokens) == expected)
    }

    /// "Masa Registrasi 2023.1 - Semester ke-4": the semester ends a subtitle line.
    @Test func aSemesterKeNEndingALine() {
        let line = TranscriptTableTests().line(294, [("Masa Registrasi 2023.1 - Semester ke-4", 588)])
        #expect(TranscriptReader.trailingSemester(line) == 4)
    }

    @Test func anIPKWhoseColonWasReadAsADigit() {
        #expect(TranscriptReader.lastGradePoint(["IPK", "22.71"]) == 2.71)
        #expect(TranscriptReader.lastGradePoint(["IPK", "13,28"]) == 3.28)
        #expect(TranscriptReader.lastGradePoint(["IPK", ":", "3.05"]) == 3.05)
        #expect(TranscriptReader.lastGradePoint(["IPK", ":", "22.71"]) == nil)
    }

    /// "… dengan Indeks Prestasi Kumulatif (IPK) 3,27." ends a sentence; "IPK 3, 66" was split by OCR.
    @Test func anIPKEndingASentenceOrSplitAtItsComma() {
        #expect(TranscriptReader.lastGradePoint(["Kumulatif", "(IPK)", "3,27."]) == 3.27)
        #expect(TranscriptReader.lastGradePoint(["IPK", "3,", "66"]) == 3.66)
        #expect(TranscriptReader.lastGradePoint(["IPK", "3.", "5"]) == nil)
        #expect(TranscriptReader.lastGradePoint(["Jumlah", "SKS", "25", "IPK", "3.58."]) == 3.58)
    }

    /// A printed IPK that disagrees is reconciled only by the one smallest set of second
    /// readings that makes it agree: a lost minus, a "+" read "-", an SKS digit; never when two
    /// sets would, never by arithmetic alone, never for an IPK far off that no reading explains.
    @Test func secondReadingsSettleADisagreeingIPK() {
        let rows = [CourseRow(code: "A1", name: "Kalkulus I", sks: 3, grade: "B"), CourseRow(code: "A2", name: "Basis Data", sks: 2, grade: "A"),
                    CourseRow(code: "A3", name: "Struktur Data", sks: 3, grade: "AB")]
        typealias Alternative = TranscriptSecondLook.Alternative
        func settled(_ printed: Double, _ alternatives: [Int: [Alternative]]) -> [String]? {
            TranscriptSecondLook.settled(rows, printed: printed, alternatives: alternatives, scale: .indonesian).map { $0.map { "\($0.sks)\($0.grade)" } }
        }
        // as read: (3×3 + 2×4 + 3×3.5) / 8 = 3.44; B- for B: 3.33; SKS 4 for 3 on row 3: 3.44 → (9+8+14)/9 = 3.44
        #expect(settled(3.33, [0: [Alternative(sks: 3, grade: "B-")], 1: [Alternative(sks: 2, grade: "A-")]]) == ["3B-", "2A", "3AB"])
        #expect(settled(3.36, [0: [Alternative(sks: 3, grade: "B-")], 1: [Alternative(sks: 2, grade: "A-")]]) == ["3B", "2A-", "3AB"])
        // (3×3 + 2×4 + 1×3.5) / 6 = 3.42 with an SKS "3" that was a "1"
        #expect(settled(3.42, [2: [Alternative(sks: 1, grade: "AB")]]) == ["3B", "2A", "1AB"])
        // agreeing already, nothing second-read explains it, or two readings would
        #expect(settled(3.44, [0: [Alternative(sks: 3, grade: "B-")]]) == nil)
        #expect(settled(2.90, [0: [Alternative(sks: 3, grade: "B-")]]) == nil)
        #expect(settled(3.33, [:]) == nil)
        // AB for A on row 2 gives 26.5 / 8 = 3.31, which does not round to the printed 3.33; B- for B (3.325) does
        #expect(settled(3.33, [0: [Alternative(sks: 3, grade: "B-")], 1: [Alternative(sks: 2, grade: "AB")]]) == ["3B-", "2A", "3AB"])
    }

    @Test func codeDigitSlipsAreRepaired() {
        #expect(TranscriptTable.codeValue("TIF3S0") == "TIF350")
        #expect(TranscriptTable.codeValue("BI02039") == "BIO2039")
        #expect(TranscriptTable.codeValue("IF2110") == "IF2110")
    }

    /// A letter names the student's semester in a sentence; the semesters studied are no semester.
    @Test func theSemesterInALettersSentence() {
        func read(_ text: String) -> Int? {
            let tokens = text.split(separator: " ").map(String.init)
            return TranscriptReader.sentenceSemester(tokens.map { $0.lowercased().filter(\.isLetter) }, tokens: tokens)
        }
        #expect(read("angkatan 2020, terdaftar sebagai mahasiswa aktif semester 3, telah menempuh 3 semester") == 3)
        #expect(read("2021, saat ini tercatat pada semester 8 (delapan), telah menempuh 8 semester") == 8)
        #expect(read("dengan hasil sebagai berikut telah menempuh 6 semester") == nil)
        #expect(read("IP semester 3.20 dan IPK 3.41") == nil)
    }
}
