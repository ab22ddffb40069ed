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
    @Test func aCloserReadingWithFewerRowsIsNotKeptThoughItAddsUp() {
        let first = reading(rows, unreadable: 1), closer = reading(Array(rows.prefix(2)))
        #expect(TranscriptReader.doubts(in: closer, scale: .indonesian) < TranscriptReader.doubts(in: first, scale: .indonesian))
        #expect(TranscriptReader.surer(first, closer, scale: .indonesian) == first)
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
