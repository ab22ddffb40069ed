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
        // an IPK below the minimum recomputed from a partly unreadable table is only a doubt
        #expect(verify(semester: 6, unreadable: 1, TranscriptRequirements(minIPK: 3.9, courses: [])).eligible == .needsReview)
        #expect(verify(semester: 6, TranscriptRequirements(minIPK: 3.9, courses: [])).eligible == .notEligible)
    }

    @Test func pagesMergeInOrder() {
        let first = TranscriptReading(student: Student(name: "Putri", nim: "K4D23849"), rows: Array(rows.prefix(2)), ipkPrinted: nil, semester: 3)
        let last = TranscriptReading(student: Student(name: nil, nim: nil), rows: [rows[2]], ipkPrinted: 3.55, unreadableRows: 1)
        let merged = TranscriptReading(merging: [first, last])
        #expect(merged.rows == rows && merged.student.nim == "K4D23849" && merged.ipkPrinted == 3.55)
        #expect(merged.unreadableRows == 1 && merged.semester == 3)
    }

    @Test(arguments: [(["Semester", ":", "5"], 5), (["Semester", ":VI"], 6), (["Smt", "3"], 3), (["Semester", "Ganjil", "7"], nil), (["Semester", ":", "40"], nil)])
    func semesterNumbers(tokens: [String], expected: Int?) {
        #expect(TranscriptReader.semesterNumber(tokens) == expected)
    }

    @Test func anIPKWhoseColonWasReadAsADigit() {
        #expect(TranscriptReader.lastGradePoint(["IPK", "22.71"]) == 2.71)
        #expect(TranscriptReader.lastGradePoint(["IPK", ":", "3.05"]) == 3.05)
        #expect(TranscriptReader.lastGradePoint(["IPK", ":", "22.71"]) == nil)
    }

    /// A printed IPK one lost minus away from the recomputed one names the row to look at again;
    /// an IPK far off (forged) or already agreeing names none.
    @Test func signSlipSuspects() {
        let rows = [CourseRow(code: "A1", name: "Kalkulus I", sks: 3, grade: "B"), CourseRow(code: "A2", name: "Basis Data", sks: 2, grade: "A"),
                    CourseRow(code: "A3", name: "Struktur Data", sks: 3, grade: "AB")]
        func suspects(_ printed: Double) -> [String] {
            TranscriptIPKSlip.suspects(TranscriptReading(student: Student(name: nil, nim: nil), rows: rows, ipkPrinted: printed), scale: .indonesian)
                .map { "\($0.index):\($0.grade)" }
        }
        // as read: (3×3 + 2×4 + 3×3.5) / 8 = 3.44; B- for B: 3.33; A- for A: 3.36
        #expect(suspects(3.33) == ["0:B-"])
        #expect(suspects(3.36) == ["1:A-"])
        #expect(suspects(3.44).isEmpty)
        #expect(suspects(2.90).isEmpty)
    }

    @Test func codeDigitSlipsAreRepaired() {
        #expect(TranscriptTable.codeValue("TIF3S0") == "TIF350")
        #expect(TranscriptTable.codeValue("BI02039") == "BIO2039")
        #expect(TranscriptTable.codeValue("IF2110") == "IF2110")
    }
}
