import Contracts
import Testing
@testable import OCRService

/// A printed page with two course tables side by side, from synthetic text-layer words: the
/// right table is found by its repeated labels and read as a page of its own.
@Suite struct TranscriptPDFSideBySideTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// English labels; the left table wider than the right one (so the right one does not begin
    /// where the left one's columns shifted by the grade columns' distance would), the right table
    /// only two rows long (too short to show a grade column by its shape), the IPK under both.
    func page() -> [OCRWord] {
        var words = line(100, [("Nama", 90), (":", 330), ("Vino Mandala", 350)]) + line(140, [("NIM", 90), (":", 330), ("B0622104", 350)])
        words += line(180, [("Semester", 90), (":", 330), ("5", 350)])
        words += line(260, [("Term", 90), ("Code", 160), ("Subject", 300), ("Cr", 780), ("Grade", 840), ("Term", 1000), ("Code", 1070), ("Subject", 1200), ("Cr", 1500), ("Grade", 1560)])
        let left = [("1", "KOM1184", "Logic", "2", "B"), ("1", "KOM1188", "Databases", "3", "A"), ("2", "KOM1194", "Data Mining", "2", "A-"), ("2", "KOM1136", "Basic Chemistry", "3", "C")]
        for (index, row) in left.enumerated() {
            words += line(300 + 40 * index, [(row.0, 95), (row.1, 160), (row.2, 300), (row.3, 785), (row.4, 850)])
        }
        words += line(300, [("3", 1005), ("KOM2210", 1070), ("Compilers", 1200), ("4", 1505), ("B+", 1570)])
        words += line(340, [("3", 1005), ("KOM2215", 1070), ("Operating Systems", 1200), ("1", 1505), ("C+", 1570)])
        words += line(500, [("Total Credits", 90), (":", 330), ("15", 350)]) + line(540, [("Cumulative GPA (IPK)", 90), (":", 400), ("3.08", 420)])
        words += line(900, [("Signed", 1200)])
        return words
    }

    @Test func theRightTableBeginsAtTheRepeatedLabels() {
        let header = line(260, [("No.", 90), ("Kode / Code", 160), ("Mata Kuliah", 300), ("SKS", 780), ("No.", 1000), ("Kode / Code", 1070), ("Mata Kuliah", 1200), ("SKS", 1500)])
        #expect(TranscriptPDFSideBySide.repeatStart(header) == 1000)
        // a course row, two semester headings, a one-table header: no repeat
        #expect(TranscriptPDFSideBySide.repeatStart(line(300, [("1", 95), ("KOM1184", 160), ("Logic", 300), ("2", 785), ("B", 850)])) == nil)
        #expect(TranscriptPDFSideBySide.repeatStart(line(300, [("Semester I - Gasal 2017/2018", 90), ("Semester III - Gasal 2018/2019", 1000)])) == nil)
        #expect(TranscriptPDFSideBySide.repeatStart(line(260, [("No", 90), ("Kode", 160), ("Mata Kuliah", 300), ("SKS", 780), ("Nilai", 840)])) == nil)
    }

    @Test func eachTableIsReadWholeAndInPrintedOrder() {
        let parts = TranscriptPDFSideBySide.tables(page())
        #expect(parts.count == 2)
        // the right table: its labels and its two rows, nothing of the student block, totals or signature
        #expect(parts.last.map { TranscriptTable.rows(of: $0).count } == 3)
        let reading = TranscriptReading(merging: parts.map { TranscriptReader.reading(words: $0, scale: .indonesian) })
        #expect(reading.rows.map(\.code) == ["KOM1184", "KOM1188", "KOM1194", "KOM1136", "KOM2210", "KOM2215"])
        #expect(reading.rows.map(\.grade) == ["B", "A", "A-", "C", "B+", "C+"])
        #expect(reading.rows.map(\.sks) == [2, 3, 2, 3, 4, 1])
        #expect(reading.rows.last?.name == "Operating Systems")
        #expect(reading.unreadableRows == 0)
        #expect(reading.student == Student(name: "Vino Mandala", nim: "B0622104"))
        #expect(reading.ipkPrinted == 3.08)
        #expect(reading.semester == 5)
    }

    @Test func aPageWithOneTableStaysOnePage() {
        let words = page().filter { $0.box.x < 950 }
        #expect(TranscriptPDFSideBySide.tables(words) == [words])
    }

    /// Codes printed left of their centred "Kode" label, and a group heading ("MATA KULIAH
    /// PILIHAN") in the left table only, with the right table running on below it: the right
    /// table keeps its codes and its rows after the heading.
    @Test func theRightTableKeepsItsCodesAndRunsOnPastALeftHeading() {
        var words = line(260, [("Kode", 130), ("Mata Kuliah", 300), ("SKS", 700), ("Nilai", 780), ("Kode", 930), ("Mata Kuliah", 1100), ("SKS", 1500), ("Nilai", 1580)])
        words += line(300, [("MATA KULIAH WAJIB", 90)])
        words += line(340, [("AKT.101", 90), ("Akuntansi Biaya", 300), ("3", 705), ("4.00", 780), ("AKT.201", 890), ("Ekonomi Mikro", 1100), ("2", 1505), ("3.50", 1580)])
        words += line(380, [("AKT.102", 90), ("Perpajakan", 300), ("2", 705), ("3.25", 780)])
        words += line(420, [("MATA KULIAH PILIHAN", 90)])
        words += line(460, [("AKT.301", 90), ("Hukum Bisnis", 300), ("3", 705), ("3.75", 780), ("AKT.401", 890), ("Teori Akuntansi", 1100), ("3", 1505), ("2.75", 1580)])
        words += line(520, [("Total SKS", 90), ("IPK", 700)]) + line(560, [("13", 100), ("3.48", 700)])
        let parts = TranscriptPDFSideBySide.tables(words)
        #expect(parts.count == 2)
        let right = parts.last ?? []
        #expect(right.contains { $0.text == "AKT.201" } && right.contains { $0.text == "AKT.401" } && right.contains { $0.text == "Teori" })
        #expect(!right.contains { $0.text == "Hukum" || $0.text == "IPK" })
        let reading = TranscriptReading(merging: parts.map { TranscriptReader.reading(words: $0, scale: .indonesian) })
        #expect(reading.rows.map(\.code) == ["AKT.101", "AKT.102", "AKT.301", "AKT.201", "AKT.401"])
    }
}
