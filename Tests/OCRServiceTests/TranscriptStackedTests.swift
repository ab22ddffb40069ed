import Contracts
import Testing
@testable import OCRService

/// One KHS sheet per semester stacked on a page: every sheet's rows read, its totals box's IPK
/// taken from the line under its label, the last sheet's cumulative IPK kept.
@Suite struct TranscriptStackedTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// One semester's sheet from `top`: rows (code, name, sks, grade), a "Total" line, then a
    /// totals box of labels over values; `labelled`: whether its column labels were read.
    func sheet(_ top: Int, _ rows: [(String, String, Int, String)], ipk: String, labelled: Bool) -> [OCRWord] {
        var words = labelled ? line(top, [("No", 90), ("Kode MK", 140), ("Nama Mata Kuliah", 300), ("SKS", 900), ("Nilai Huruf", 1000)]) : []
        for (index, row) in rows.enumerated() {
            words += line(top + 40 * (index + 1), [("\(index + 1)", 92), (row.0, 140), (row.1, 300), ("\(row.2)", 905), (row.3, 1010)])
        }
        let bottom = top + 40 * (rows.count + 1)
        words += line(bottom, [("Total", 800), ("\(rows.map(\.2).reduce(0, +))", 905)])
        words += line(bottom + 40, [("SKS Diambil", 90), ("IPS", 300), ("IPK", 500)])
        words += line(bottom + 70, [("\(rows.map(\.2).reduce(0, +))", 100), ("3,00", 300), (ipk, 500)])
        return words
    }

    let first = [("IF101", "Kalkulus I", 3, "A"), ("IF102", "Fisika Dasar", 2, "B"), ("IF103", "Bahasa Inggris", 2, "A")]
    let second = [("IF201", "Struktur Data", 3, "B"), ("IF202", "Basis Data", 3, "A"), ("IF203", "Sistem Digital", 2, "C")]

    @Test func everySheetIsReadAndTheLastIPKIsTheDocuments() {
        // the second sheet's labels were lost (white on a dark bar): its rows still count
        // a graduation-band legend after the sheets is no IPK
        let words = line(40, [("Semester : 2", 90)]) + sheet(100, first, ipk: "3,71", labelled: true) + sheet(500, second, ipk: "3,39", labelled: false)
            + line(900, [("Predikat : IPK 3,51 - 4,00 Dengan Pujian", 90)])
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.rows.map(\.code) == ["IF101", "IF102", "IF103", "IF201", "IF202", "IF203"])
        #expect(reading.rows.last == CourseRow(code: "IF203", name: "Sistem Digital", sks: 2, grade: "C"))
        #expect(reading.ipkPrinted == 3.39)
        #expect(reading.unreadableRows == 0)
        #expect(reading.creditTotals.map(\.printed) == [7, 8])
        #expect(reading.creditTotals.allSatisfy { $0.agrees(with: reading.rows, scale: .indonesian) })
        let verdict = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: 3.0, courses: [], minSemester: 2))
        #expect(verdict.eligible == .eligible, "\(verdict.reasons)")
    }

    @Test func aGraduationBandIsNoIPK() {
        #expect(TranscriptReader.isGradeBand(["Predikat", ":", "3,51", "-", "4,00"]))
        #expect(TranscriptReader.isGradeBand(["IPK", "3,01–3,50", "Sangat", "Memuaskan"]))
        #expect(!TranscriptReader.isGradeBand(["IPS", ":", "3,20", "IPK", ":", "3,45"]))
    }

    @Test func aSingleTableIsNotCut() {
        let words = sheet(100, first + second, ipk: "3,39", labelled: true)
        #expect(TranscriptTable.stacked(TranscriptTable.rows(of: words), scale: .indonesian, continuing: []) == nil)
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.count == 6)
    }

    /// The second sheet's SKS and grade cells were lost by OCR (codes and names read, cells not):
    /// its rows are counted unreadable, never silently missing, so the decision is a review.
    @Test func aLowerSheetWhoseCellsWereLostCountsItsRows() {
        var lower = line(500, [("No", 90), ("Kode MK", 140), ("Nama Mata Kuliah", 300), ("SKS", 900), ("Nilai Huruf", 1000)])
        for (index, row) in second.enumerated() { lower += line(540 + 40 * index, [("\(index + 1)", 92), (row.0, 140), (row.1, 300)]) }
        lower += line(700, [("IPK", 500), ("3,39", 600)])
        let reading = TranscriptReader.reading(words: sheet(100, first, ipk: "3,71", labelled: true) + lower, scale: .indonesian)
        #expect(reading.rows.map(\.code) == ["IF101", "IF102", "IF103"])
        #expect(reading.unreadableRows == 3)
        let verdict = TranscriptVerifier().verify(reading, TranscriptRequirements(minIPK: 3.0, courses: [], minSemester: nil))
        #expect(verdict.eligible == .needsReview, "\(verdict.reasons)")
    }

    /// A boxed summary pads its cells: the values' line stands three word heights under the labels'.
    @Test func aPaddedSummaryBoxKeepsItsIPK() {
        let labels = line(100, [("Total SKS", 90), ("Total Mutu", 300), ("IPK", 560), ("Predikat", 800)])
        let values = line(160, [("58", 120), ("218.5", 320), ("3.77", 555), ("Dengan Pujian", 800)])
        #expect(TranscriptReader.valueBelow(labels, label: "ipk", lines: [labels, values]) == 3.77)
        #expect(TranscriptReader.valueBelow(labels, label: "ipk", lines: [labels, line(260, [("3.77", 555)])]) == nil)
        let closed = line(160, [("58", 120), ("218,5", 320), ("3,77.", 555)])
        #expect(TranscriptReader.valueBelow(labels, label: "ipk", lines: [labels, closed]) == 3.77)
    }
}
