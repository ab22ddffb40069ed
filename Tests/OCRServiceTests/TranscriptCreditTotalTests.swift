import Contracts
import Testing
@testable import OCRService

/// A row OCR never saw leaves only a printed credit total the rows read fall short of: the
/// decision is then never sure, neither eligible nor not eligible on what was read.
@Suite struct TranscriptCreditTotalTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    let rows = [("MAT101", "Kalkulus I", 3, "A"), ("FIS101", "Fisika Dasar", 2, "A"), ("KIM101", "Kimia Dasar", 3, "E"), ("IF101", "Algoritma", 4, "A")]

    /// The table with the rows at `shown` (indices into `rows`) and its "Jumlah" line of every row's SKS.
    func words(showing shown: [Int], jumlah: Int = 12) -> [OCRWord] {
        var words = line(100, [("Kode", 90), ("Mata Kuliah", 280), ("SKS", 860), ("Nilai", 970)])
        for index in shown {
            let row = rows[index]
            words += line(140 + 40 * index, [(row.0, 90), (row.1, 280), ("\(row.2)", 862), (row.3, 972)])
        }
        return words + line(320, [("Jumlah", 600), ("\(jumlah)", 862)])
    }

    /// "Total SKS : 12" read "112": the colon read as a "1" before the number.
    @Test func aTotalWithItsColonReadAsOneAgrees() {
        let reading = TranscriptReader.reading(words: words(showing: [0, 1, 2, 3], jumlah: 112), scale: .indonesian)
        #expect(reading.creditTotals.map(\.printed) == [112])
        #expect(reading.creditTotals.allSatisfy { $0.agrees(with: reading.rows, scale: .indonesian) })
        let short = TranscriptReader.reading(words: words(showing: [0, 1, 3], jumlah: 112), scale: .indonesian)
        #expect(!short.creditTotals.contains { $0.agrees(with: short.rows, scale: .indonesian) })
    }

    @Test func aTotalTheRowsReachAgrees() {
        let reading = TranscriptReader.reading(words: words(showing: [0, 1, 2, 3]) + line(360, [("IPK : 3.00", 90)]), scale: .indonesian)
        #expect(reading.creditTotals.map(\.printed) == [12])
        let verdict = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: 2.5, courses: []))
        #expect(verdict.eligible == .eligible, "\(verdict.reasons)")
        // the SKS passed (the E row worth no points) also agrees: "Jumlah SKS Lulus 9"
        let passed = TranscriptReader.reading(words: words(showing: [0, 1, 2, 3], jumlah: 9), scale: .indonesian)
        #expect(passed.creditTotals.allSatisfy { $0.agrees(with: passed.rows, scale: .indonesian) })
    }

    /// A spreadsheet's row number before the label (dev chi 10018 #9) is no total; a number alone
    /// before "SKS" is.
    @Test func aNumberBeforeTheLabelIsARowNumber() {
        #expect(CreditTotal.printed(on: ["41", "Jumlah", "SKS", "78"]) == 78)
        #expect(CreditTotal.printed(on: ["28", "SKS"]) == 28)
    }

    /// A semester's heading that prints its own credits totals the rows below it, not those above
    /// (dev chi 10016, a campus app's list).
    @Test func aSemesterHeadingWithItsCreditsIsNoTotal() {
        var words = TranscriptTableTests().line(200, [("Kode", 40), ("Mata Kuliah", 200), ("SKS", 900), ("Nilai", 1000)])
        words += TranscriptTableTests().line(240, [("ACC101", 40), ("Akuntansi Dasar", 200), ("3", 900), ("A", 1000)])
        words += TranscriptTableTests().line(280, [("Semester 2 - Genap 2023/2024", 40), ("9 SKS", 880)])
        words += TranscriptTableTests().line(320, [("ACC201", 40), ("Akuntansi Biaya", 200), ("3", 900), ("B", 1000)])
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).creditTotals.isEmpty)
    }

    /// "Jumlah SKS : 45" read "245": more credits than any programme asks is a colon read as a digit.
    @Test func aTotalWhoseColonWasReadAsADigit() {
        #expect(CreditTotal.printed(on: ["Jumlah", "SKS", "/", "Total", "Credits", "245"]) == 45)
        #expect(CreditTotal.printed(on: ["Total", "SKS", ":", "144"]) == 144)
        // ": 46" read as two words, the colon a "1"
        #expect(CreditTotal.printed(on: ["Jumlah", "SKS", "1", "46"]) == 46)
        #expect(CreditTotal.printed(on: ["Jumlah", "1", "4,00"]) == 1)
        let reading = TranscriptReader.reading(words: words(showing: [0, 1, 2, 3], jumlah: 212), scale: .indonesian)
        #expect(reading.creditTotals.map(\.printed) == [12])
    }

    @Test func aLostRowPutsTheDecisionInDoubt() {
        let reading = TranscriptReader.reading(words: words(showing: [0, 1, 3]), scale: .indonesian)
        #expect(reading.rows.count == 3)
        #expect(reading.unreadableRows == 0)
        let met = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: 2.5, courses: []))
        #expect(met.eligible == .needsReview)
        #expect(met.reasons.contains { $0.contains("12 SKS") && $0.contains("add up to 9") })
        // a course absent from the rows read may be the lost row: not "not eligible"
        let absent = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: nil, courses: [CourseRequirement(name: "Kimia Dasar", minGrade: "C")]))
        #expect(absent.eligible == .needsReview, "\(absent.reasons)")
    }

    @Test func aTotalRunningOverAPageBreakCountsFromTheLastTotal() {
        let page1 = TranscriptReading(student: Student(name: nil, nim: nil), rows: [CourseRow(code: nil, name: "A", sks: 3, grade: "A")], ipkPrinted: nil)
        let page2 = TranscriptReading(student: Student(name: nil, nim: nil), rows: [CourseRow(code: nil, name: "B", sks: 2, grade: "B")], ipkPrinted: 3.6,
            creditTotals: [CreditTotal(printed: 5, sinceLast: 0..<1, sinceStart: 0..<1)])
        let merged = TranscriptReading(merging: [page1, page2])
        #expect(merged.creditTotals == [CreditTotal(printed: 5, sinceLast: 0..<2, sinceStart: 1..<2)])
        #expect(merged.creditTotals.allSatisfy { $0.agrees(with: merged.rows, scale: .indonesian) })
    }
}
