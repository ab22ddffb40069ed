import Contracts
import ServiceKit

/// A photographed transcript whose reading misses rows (rows seen but not read whole, a printed
/// credit total the rows read fall short of, no rows at all) is read once more, enlarged by
/// ``closerZoom``: small print lost in Tesseract's page layout at the usual width is often found
/// at the larger one. The page itself is the judge: the closer reading is kept only where the page
/// contradicts it less and it holds every row the first did, so a closer look never makes a reading
/// worse by the page's own checks. A printed IPK that disagrees is no reason to look closer on its
/// own: a forged one disagrees however closely the page is read, and the second look
/// (``secondLook(_:pages:scale:)``) already reads again the cells it puts in doubt.
extension TranscriptReader {
    /// How much a closer look enlarges the page (1500 px → 2000 px).
    static let closerZoom = 4.0 / 3.0

    /// One photo read at `zoom`: levelled words, the table, the printed IPK's second look.
    func photoReading(_ bytes: [UInt8], scale: GradeScale, zoom: Double) async throws -> TranscriptReading {
        let read = try await levelledWords(bytes, scale: scale, zoom: zoom), table = TranscriptTable(words: read.words, scale: scale)
        let page = TranscriptPageRead(image: bytes, angle: read.angle, table: table, firstRow: 0, zoom: zoom)
        return try await secondLook(Self.reading(words: read.words, table: table), pages: [page], scale: scale)
    }

    /// How much the page contradicts its reading: each row seen but not read whole, each printed
    /// credit total (twice) and a printed IPK (twice) the rows read do not add up to; a reading
    /// with no rows contradicts it most. Zero for a reading that adds up.
    static func doubts(in reading: TranscriptReading, scale: GradeScale) -> Int {
        guard !reading.rows.isEmpty else { return Int.max }
        let verifier = TranscriptVerifier(scale: scale)
        let totals = reading.creditTotals.filter { !$0.agrees(with: reading.rows, scale: scale) }.count
        let ipk = reading.ipkPrinted.map { printed in verifier.ipk(reading.rows).map { abs($0 - printed) > verifier.tolerance } ?? true } ?? false
        return reading.unreadableRows + 2 * totals + (ipk ? 2 : 0)
    }

    /// Whether the reading misses rows the page shows: none read, some not read whole, or a printed
    /// credit total they do not add up to.
    static func missesRows(_ reading: TranscriptReading, scale: GradeScale) -> Bool {
        reading.rows.isEmpty || reading.unreadableRows > 0 || reading.creditTotals.contains { !$0.agrees(with: reading.rows, scale: scale) }
    }

    /// The closer reading where it has fewer doubts than the first and no fewer rows (rows a reading
    /// never saw leave no doubt behind where no total is printed); the first otherwise.
    static func surer(_ first: TranscriptReading, _ closer: TranscriptReading, scale: GradeScale) -> TranscriptReading {
        closer.rows.count >= first.rows.count && doubts(in: closer, scale: scale) < doubts(in: first, scale: scale) ? closer : first
    }
}
