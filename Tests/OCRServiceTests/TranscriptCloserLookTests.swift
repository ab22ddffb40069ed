import CLeptonica
import Contracts
import Testing
@testable import OCRService

/// A photo whose reading misses rows is read again enlarged; the page's own checks (rows not read
/// whole, printed totals, the printed IPK) choose between the two readings, and a reading that
/// lost rows never wins.
@Suite struct TranscriptCloserLookTests {
    let rows = [
        CourseRow(code: "IF101", name: "Kalkulus", sks: 3, grade: "A"),
        CourseRow(code: "IF102", name: "Basis Data", sks: 2, grade: "B"),
        CourseRow(code: "IF103", name: "Logika", sks: 2, grade: "AB"),
    ]

    func reading(_ rows: [CourseRow], ipk: Double? = nil, unreadable: Int = 0, total: Int? = nil) -> TranscriptReading {
        let totals = total.map { [CreditTotal(printed: $0, sinceLast: 0..<rows.count, sinceStart: 0..<rows.count)] } ?? []
        return TranscriptReading(student: Student(name: nil, nim: nil), rows: rows, ipkPrinted: ipk, unreadableRows: unreadable, creditTotals: totals)
    }

    @Test func aReadingThatAddsUpOrOnlyDisagreesWithItsIPKIsNotReadAgain() {
        #expect(!TranscriptReader.missesRows(reading(rows, ipk: 3.57, total: 7), scale: .indonesian))
        // a forged IPK disagrees however closely the page is read
        #expect(!TranscriptReader.missesRows(reading(rows, ipk: 3.9, total: 7), scale: .indonesian))
    }

    @Test func aReadingMissingRowsIsReadAgain() {
        #expect(TranscriptReader.missesRows(reading(rows, unreadable: 1), scale: .indonesian))
        #expect(TranscriptReader.missesRows(reading(rows, total: 10), scale: .indonesian))
        #expect(TranscriptReader.missesRows(reading([]), scale: .indonesian))
    }

    @Test func theReadingThePageContradictsLessIsKept() {
        let first = reading(Array(rows.prefix(2)), ipk: 3.57, total: 7), closer = reading(rows, ipk: 3.57, total: 7)
        #expect(TranscriptReader.surer(first, closer, scale: .indonesian) == closer)
        #expect(TranscriptReader.surer(closer, first, scale: .indonesian) == closer)
        // a tie keeps the first reading
        let same = reading(rows.reversed(), ipk: 3.57, total: 7)
        #expect(TranscriptReader.surer(closer, same, scale: .indonesian) == closer)
    }

    /// Rows a reading never saw leave no doubt behind where no total is printed.
    @Test func aCloserReadingWithFewerRowsIsNotKeptThoughItAddsUp() throws {
        let first = reading(rows, unreadable: 1), closer = reading(Array(rows.prefix(2)))
        let doubts = try #require(TranscriptReader.doubts(in: closer, scale: .indonesian))
        #expect(doubts.fewer(than: try #require(TranscriptReader.doubts(in: first, scale: .indonesian))))
        #expect(TranscriptReader.surer(first, closer, scale: .indonesian) == first)
    }

    /// A closer reading that reads the unreadable row and meets the printed total but then disagrees
    /// with the printed IPK (the semester column taken for the credits) has traded doubts for another.
    @Test func aCloserReadingWithANewDoubtIsNotKept() {
        let first = reading(rows, ipk: 3.57, unreadable: 1, total: 9)
        var misread = rows
        misread[0].sks = 5
        let closer = reading(misread, ipk: 3.57, total: 9)
        #expect(TranscriptReader.surer(first, closer, scale: .indonesian) == first)
        #expect(TranscriptReader.surer(first, reading(rows, ipk: 3.57), scale: .indonesian) != first)
    }

    /// A scanned PDF page read again is judged by the whole document: its IPK is on another page.
    @Test func aCloserPageIsKeptWhereTheWholeDocumentAddsUpBetter() {
        let first = reading(Array(rows.prefix(1)), unreadable: 1), last = reading(Array(rows.suffix(2)), ipk: 3.57)
        let whole = reading(Array(rows.prefix(1)))
        let taken = TranscriptReader.withCloserPages([first, last], looks: [nil, nil], closer: [0: (whole, nil)], scale: .indonesian)
        #expect(taken.pages == [whole, last])
        // read whole, but with the semester column for the credits: the document's IPK now disagrees
        var misread = rows[0]
        misread.sks = 5
        let traded = TranscriptReader.withCloserPages([first, last], looks: [nil, nil], closer: [0: (reading([misread]), nil)], scale: .indonesian)
        #expect(traded.pages == [first, last])
    }

    @Test func aCloserLookEnlargesThePage() throws {
        let created: OCRService.Pix? = OCRService.Pix(taking: pixCreate(1200, 800, 8))
        let page = try #require(created)
        pixSetAllArbitrary(page.pointer, 230)
        let usual = TranscriptReader.prepared(page, angle: 0, onDesk: false)
        let closer = TranscriptReader.prepared(page, angle: 0, onDesk: false, zoom: TranscriptReader.closerZoom)
        #expect(usual.width == 1500)
        #expect(closer.width == 2000)
    }
}
