import Contracts
import Testing
@testable import OCRService

/// IPK recomputation, course matching and the eligible / not_eligible / needs_review rules.
@Suite struct TranscriptVerifierTests {
    let rows = [
        CourseRow(code: "MAT101", name: "Kalkulus I", sks: 3, grade: "A"),
        CourseRow(code: "MAT102", name: "Kalkulus II", sks: 3, grade: "BC"),
        CourseRow(code: "IF2110", name: "Algoritma dan Pemrograman", sks: 4, grade: "B+"),
    ]
    var ipk: Double { (3 * 4.0 + 3 * 2.5 + 4 * 3.3) / 10 }

    func reading(printed: Double?, unreadable: Int = 0) -> TranscriptReading {
        TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: printed, unreadableRows: unreadable)
    }

    @Test func ipkIsCreditWeighted() {
        #expect(TranscriptVerifier().ipk(rows) == (ipk * 100).rounded() / 100)
        #expect(TranscriptVerifier().ipk([]) == nil)
        #expect(TranscriptVerifier(scale: GradeScale(points: ["A": 4, "B": 3])).ipk([CourseRow(code: nil, name: "x", sks: 2, grade: "3.50")]) == 3.5)
    }

    @Test func eligibleWhenEveryRequirementIsMet() {
        let result = TranscriptVerifier().verify(reading(printed: 3.27), TranscriptRequirements(minIPK: 3.0, courses: [
            CourseRequirement(name: "kalkulus 1", minGrade: "AB"), CourseRequirement(name: "IF2110", minGrade: "B"),
            CourseRequirement(name: "Algoritma & Pemrograman", minGrade: "B"),
        ]))
        #expect(result.eligible == .eligible, "\(result.reasons)")
        #expect(result.reasons.isEmpty)
    }

    @Test func lowGradeMissingCourseAndLowIPKAreReasons() {
        let result = TranscriptVerifier().verify(reading(printed: 3.27), TranscriptRequirements(minIPK: 3.5, courses: [
            CourseRequirement(name: "Kalkulus II", minGrade: "B"), CourseRequirement(name: "Kalkulus III", minGrade: "C"),
        ]))
        #expect(result.eligible == .notEligible)
        #expect(result.reasons.count == 3)
        #expect(result.reasons.contains { $0.contains("Kalkulus II: grade BC is below the required B") })
    }

    @Test func printedIPKMismatchOrUnreadableRowsNeedReview() {
        let mismatch = TranscriptVerifier().verify(reading(printed: 3.60), TranscriptRequirements(minIPK: nil, courses: []))
        #expect(mismatch.eligible == .needsReview)
        #expect(mismatch.reasons.first?.contains("does not match") == true)
        let rounding = TranscriptVerifier().verify(reading(printed: 3.28), TranscriptRequirements(minIPK: nil, courses: []))
        #expect(rounding.eligible == .eligible)
        let partial = TranscriptVerifier().verify(reading(printed: 3.27, unreadable: 1), TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Fisika", minGrade: "C")]))
        #expect(partial.eligible == .needsReview)
    }

    @Test func fuzzyNamesDoNotConfuseNumberedCourses() {
        #expect(TranscriptCourseMatch.find("Kalkulus II", in: rows)?.code == "MAT102")
        #expect(TranscriptCourseMatch.find("Kalkulus 1", in: rows)?.code == "MAT101")
        #expect(TranscriptCourseMatch.find("Algoritma dan Pemrogaman", in: rows)?.code == "IF2110")
        #expect(TranscriptCourseMatch.find("Kalkulus III", in: rows) == nil)
    }

    @Test func aNameReadAsItsCodeIsForAPersonNotARejection() {
        let read = [CourseRow(code: nil, name: "(MRKWU.1.01)", sks: 2, grade: "B"), CourseRow(code: nil, name: "Kalkulus 2", sks: 3, grade: "A")]
        #expect(TranscriptCourseMatch.resembling("Bahasa Inggris", in: read)?.name == "(MRKWU.1.01)")
        #expect(TranscriptCourseMatch.resembling("Bahasa Inggris", in: Array(read.suffix(1))) == nil)
    }

    @Test func aBarOrLClosingANameIsTheRomanOne() {
        let read = [CourseRow(code: nil, name: "Fisika Dasar|", sks: 3, grade: "A"), CourseRow(code: nil, name: "Kimia Dasar l", sks: 3, grade: "B")]
        #expect(TranscriptCourseMatch.find("Fisika Dasar I", in: read)?.grade == "A")
        #expect(TranscriptCourseMatch.find("Kimia Dasar 1", in: read)?.grade == "B")
        #expect(TranscriptCourseMatch.find("Fisika Dasar II", in: read) == nil)
    }

    @Test func aRowHoldingTheWantedNameWholeIsForAPersonNotARejection() {
        let bilingual = [CourseRow(code: "UMU210", name: "Etika Profesi Professional Ethics", sks: 2, grade: "A")]
        let reading = TranscriptReading(student: Student(name: "X", nim: "1"), rows: bilingual, ipkPrinted: 4.0)
        let verdict = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Etika Profesi", minGrade: "B")]))
        #expect(verdict.eligible == .needsReview, "\(verdict.reasons)")
        #expect(TranscriptCourseMatch.resembling("Kalkulus", in: [CourseRow(code: nil, name: "Kalkulus II", sks: 3, grade: "A")]) == nil)
    }

    /// A wanted course is surely absent only when every row's name was read: a row whose name OCR
    /// lost, or lost letters of, may be it.
    @Test func aRowWithALostOrWornNameIsForAPersonNotARejection() {
        let worn = [CourseRow(code: "INF200289", name: "O isasi dan Arsitek", sks: 3, grade: "A")]
        #expect(TranscriptCourseMatch.resembling("Organisasi dan Arsitektur Komputer", in: worn) != nil)
        #expect(TranscriptCourseMatch.resembling("Sistem Operasi", in: worn) == nil)
        #expect(TranscriptCourseMatch.resembling("Bahasa Inggris", in: [CourseRow(code: "MKU2", name: "Bahasa Indonesia", sks: 2, grade: "A")]) == nil)
        let unnamed = rows + [CourseRow(code: "MKU-101", name: "", sks: 2, grade: "AB")]
        let result = TranscriptVerifier().verify(
            TranscriptReading(student: Student(name: "X", nim: "1"), rows: unnamed, ipkPrinted: 3.31, semester: 4),
            TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Bahasa Inggris", minGrade: "B")]))
        #expect(result.eligible == .needsReview, "\(result.reasons)")
        // names that share a word differ where they differ: another course, not a misreading
        #expect(TranscriptCourseMatch.resembling("Pendidikan Agama", in: [CourseRow(code: "MKU3", name: "Pendidikan Pancasila", sks: 2, grade: "A")]) == nil)
        #expect(TranscriptCourseMatch.resembling("Kimia Dasar", in: [CourseRow(code: "KIM1", name: "Kirnia Dasar", sks: 2, grade: "A")]) != nil)
        // a period column read for the names: "Gasal" on every row of the first semester
        let periods = ["Gasal", "Gasal", "Gasal", "Genap"].enumerated().map { CourseRow(code: "TSP11\($0.offset)2", name: $0.element, sks: 2, grade: "A") }
        #expect(TranscriptCourseMatch.resembling("Menggambar Teknik", in: periods) != nil)
        let retaken = rows + [CourseRow(code: "MAT101", name: "Kalkulus I", sks: 3, grade: "A")]
        #expect(TranscriptCourseMatch.resembling("Menggambar Teknik", in: retaken) == nil)
        #expect(TranscriptVerifier().verify(reading(printed: 3.27), TranscriptRequirements(minIPK: nil, courses: [
            CourseRequirement(name: "Bahasa Inggris", minGrade: "B")])).eligible == .notEligible)
    }

    /// A period column read for the codes ("20191" on every row of a semester): a course sought by
    /// its code is in doubt, not absent; distinct codes still make an absent course absent.
    @Test func aPeriodReadForTheCodesLeavesACodeInDoubt() {
        let periods = ["20191", "20191", "20191", "20192"].enumerated().map { CourseRow(code: $0.element, name: "Mata Kuliah \($0.offset)", sks: 2, grade: "A") }
        #expect(TranscriptCourseMatch.resembling("SIF-2013", in: periods) != nil)
        let requirements = TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "SIF-2013", minGrade: "C")])
        let read = TranscriptReading(student: Student(name: "X", nim: "1"), rows: periods, ipkPrinted: 4.0)
        #expect(TranscriptVerifier().verify(read, requirements).eligible == .needsReview)
        let distinct = periods.enumerated().map { CourseRow(code: "MKU10\($0.offset)", name: $0.element.name, sks: 2, grade: "A") }
        let whole = TranscriptReading(student: Student(name: "X", nim: "1"), rows: distinct, ipkPrinted: 4.0)
        #expect(TranscriptVerifier().verify(whole, requirements).eligible == .notEligible)
    }

    /// Rows read without their code beside rows with one: their names may have lost their start
    /// with the code cell, so a course not found by name is in doubt, not absent.
    @Test func aCourseMissingWhereSomeCodesWereLostIsInDoubt() {
        let requirements = TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Keperawatan Anak dan Tumbuh Kembang", minGrade: "B")])
        let rows = [CourseRow(code: "KEP.3.01", name: "Keperawatan Maternitas", sks: 4, grade: "A"), CourseRow(code: nil, name: "Medikal Bedah I", sks: 4, grade: "B")]
        let lost = TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: 3.5)
        #expect(TranscriptVerifier().verify(lost, requirements).eligible == .needsReview)
        var coded = rows
        coded[1].code = "KEP.3.04"
        let whole = TranscriptReading(student: Student(name: "X", nim: "1"), rows: coded, ipkPrinted: 3.5)
        #expect(TranscriptVerifier().verify(whole, requirements).eligible == .notEligible)
    }

    /// A course not on a table whose printed IPK was not found (dev chi 10017 #10): nothing
    /// checked the rows read against the page, so it is in doubt, not absent.
    @Test func aCourseMissingWhereNoIPKWasFoundIsInDoubt() {
        let requirements = TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Teknologi Benih", minGrade: "B")])
        #expect(TranscriptVerifier().verify(reading(printed: nil), requirements).eligible == .needsReview)
        #expect(TranscriptVerifier().verify(reading(printed: 3.27), requirements).eligible == .notEligible)
    }

    /// A dotted numeric code ("20.4.013") is a code: a row whose code was not read may be it.
    @Test func aDottedNumericCodeIsACode() {
        let unread = [CourseRow(code: nil, name: "Perencanaan Pembelajaran Biologi", sks: 3, grade: "2.75")]
        #expect(TranscriptCourseMatch.resembling("20.4.013", in: unread) != nil)
    }

    @Test func aNumericCodeNotReadAsACodeIsForAPerson() {
        let rows = [CourseRow(code: nil, name: "3191043 Kalkulus I", sks: 3, grade: "A"), CourseRow(code: "MAT102", name: "Fisika", sks: 2, grade: "A")]
        let reading = TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: 4.0)
        let verdict = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "3191043", minGrade: "B")]))
        #expect(verdict.eligible == .needsReview, "\(verdict.reasons)")
        // a number no row shows, on a table read whole with every code read, is surely absent
        let coded = TranscriptReading(student: Student(name: "X", nim: "1"), rows: [rows[1]], ipkPrinted: 4.0)
        #expect(TranscriptVerifier().verify(coded, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "3191043", minGrade: "B")])).eligible == .notEligible)
    }

    /// A transcript always prints its IPK (or a semester's IPS): when none was found the check
    /// against an altered page was not made, so the decision is a person's.
    @Test func noPrintedIPKFoundIsAReview() {
        let result = TranscriptVerifier().verify(reading(printed: nil), TranscriptRequirements(minIPK: 3.0, courses: []))
        #expect(result.eligible == .needsReview)
        #expect(result.reasons.contains { $0.contains("no printed IPK") })
        #expect(TranscriptVerifier().verify(reading(printed: 3.27), TranscriptRequirements(minIPK: 3.0, courses: [])).eligible == .eligible)
    }

    /// An IPK below the minimum on a table with an unreadable row is a sure failure when the printed
    /// IPK says the same; without a printed IPK to agree, it stays a doubt.
    @Test func aLowIPKThePrintedOneConfirmsFailsDespiteAnUnreadableRow() {
        let recomputed = (ipk * 100).rounded() / 100
        let requirement = TranscriptRequirements(minIPK: 3.5, courses: [])
        let confirmed = TranscriptVerifier().verify(reading(printed: recomputed, unreadable: 1), requirement)
        #expect(confirmed.eligible == .notEligible, "\(confirmed.reasons)")
        #expect(confirmed.reasons.contains(String(format: "IPK %.2f is below the required 3.50", recomputed)))
        let unconfirmed = TranscriptVerifier().verify(reading(printed: nil, unreadable: 1), requirement)
        #expect(unconfirmed.eligible == .needsReview)
        #expect(unconfirmed.reasons.contains { $0.hasSuffix("(recomputed from a table not read whole)") })
    }

    /// A semester known only from the table's last group heading is a lower bound: below the
    /// requirement it sends the application to a person; a semester printed for the student refuses.
    @Test func aSemesterFromTheHeadingsIsOnlyALowerBound() {
        let requirements = TranscriptRequirements(minIPK: nil, courses: [], minSemester: 3)
        let printed = TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: 3.27, semester: 2)
        #expect(TranscriptVerifier().verify(printed, requirements).eligible == .notEligible)
        let headed = TranscriptReading(student: Student(name: "X", nim: "1"), rows: rows, ipkPrinted: 3.27, semester: 2, semesterIsLowerBound: true)
        let verdict = TranscriptVerifier().verify(headed, requirements)
        #expect(verdict.eligible == .needsReview, "\(verdict.reasons)")
        #expect(TranscriptVerifier().verify(headed, TranscriptRequirements(minIPK: nil, courses: [], minSemester: 2)).eligible == .eligible)
        // pages merged: one printing the student's semester makes it no bound
        #expect(TranscriptReading(merging: [headed, printed]).semesterIsLowerBound == false)
        #expect(TranscriptReading(merging: [headed]).semesterIsLowerBound)
    }
}
