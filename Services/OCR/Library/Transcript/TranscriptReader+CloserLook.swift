import Contracts
import ServiceKit

/// A photographed transcript (or a scanned PDF's page) whose reading misses rows (rows seen but not read whole, a printed
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

    /// One photo read at `zoom` (blue ink painted out with `dropBlueInk`): levelled words, the table, the printed IPK's second look.
    func photoReading(_ bytes: [UInt8], scale: GradeScale, zoom: Double, dropBlueInk: Bool = false) async throws -> TranscriptReading {
        let read = try await levelledWords(bytes, scale: scale, zoom: zoom, dropBlueInk: dropBlueInk)
        let table = TranscriptTable(words: read.words, scale: scale)
        let page = TranscriptPageRead(image: bytes, angle: read.angle, turns: read.turns, table: table, firstRow: 0, zoom: zoom, dropBlueInk: dropBlueInk)
        return try await secondLook(Self.reading(words: read.words, table: table), pages: [page], scale: scale)
    }

    /// What the page says against its reading: rows seen but not read whole, printed credit totals
    /// the rows read do not add up to, a printed IPK they do not give; nil for a reading with no rows.
    struct Doubts: Equatable {
        var unreadable: Int
        var totals: Int
        var ipk: Bool

        /// Fewer in one respect and more in none (a reading that loses an unreadable row by taking
        /// the semester column for the credits then disagrees with the IPK: no fewer doubts).
        func fewer(than other: Doubts) -> Bool {
            unreadable <= other.unreadable && totals <= other.totals && (!ipk || other.ipk) && self != other
        }
    }

    static func doubts(in reading: TranscriptReading, scale: GradeScale) -> Doubts? {
        guard !reading.rows.isEmpty else { return nil }
        let totals = reading.creditTotals.filter { !$0.agrees(with: reading.rows, scale: scale) }.count
        let ipk = reading.ipkPrinted.map { TranscriptVerifier(scale: scale).agrees($0, with: reading.rows) != true } ?? false
        return Doubts(unreadable: reading.unreadableRows, totals: totals, ipk: ipk)
    }

    /// Whether the reading misses rows the page shows: none read, some not read whole, or a printed
    /// credit total they do not add up to.
    static func missesRows(_ reading: TranscriptReading, scale: GradeScale) -> Bool {
        missesRows(reading.rows, unreadable: reading.unreadableRows, totals: reading.creditTotals, scale: scale)
    }

    static func missesRows(_ rows: [CourseRow], unreadable: Int, totals: [CreditTotal], scale: GradeScale) -> Bool {
        rows.isEmpty || unreadable > 0 || totals.contains { !$0.agrees(with: rows, scale: scale) }
    }

    /// The closer reading where it has fewer doubts than the first (``Doubts/fewer(than:)``) and no
    /// fewer rows (rows a reading never saw leave no doubt behind where no total is printed); the first otherwise.
    static func surer(_ first: TranscriptReading, _ closer: TranscriptReading, scale: GradeScale) -> TranscriptReading {
        isSurer(closer, than: first, scale: scale) ? closer : first
    }

    static func isSurer(_ closer: TranscriptReading, than first: TranscriptReading, scale: GradeScale) -> Bool {
        guard closer.rows.count >= first.rows.count, let doubts = doubts(in: closer, scale: scale) else { return false }
        return self.doubts(in: first, scale: scale).map { doubts.fewer(than: $0) } ?? true
    }

    /// Column labels of a page read at another size, moved to this one's (`factor`: its zoom over theirs).
    static func scaled(_ headers: [TranscriptTable.Header], by factor: Double) -> [TranscriptTable.Header] {
        headers.map { TranscriptTable.Header(column: $0.column, left: Int((Double($0.left) * factor).rounded()), right: Int((Double($0.right) * factor).rounded())) }
    }

    /// A scanned PDF page's words and table read again enlarged, where the first reading of the page
    /// misses rows; nil for a page that does not, or a text layer's. `headers`, the labels of earlier
    /// pages, are at the usual size. Whether it is kept is the whole document's to say (its IPK).
    func closerReading(of page: TranscriptPDFPage, table: TranscriptTable, scale: GradeScale, headers: [TranscriptTable.Header])
        async throws -> (read: TranscriptLevel.Words, table: TranscriptTable)? {
        guard let bytes = page.image, Self.missesRows(table.rows, unreadable: table.unreadableRows, totals: table.totals, scale: scale) else { return nil }
        let enlarged = Self.scaled(headers, by: Self.closerZoom)
        let read = try await levelledWords(bytes, scale: scale, headers: enlarged, onDesk: false, zoom: Self.closerZoom)
        return (read, TranscriptTable(words: read.words, scale: scale, continuing: enlarged))
    }

    /// The pages' readings with each closer reading in `closer` taken where the whole document then
    /// contradicts itself less (``isSurer(_:than:scale:)``), page by page in order; `looks` follow.
    static func withCloserPages(_ pages: [TranscriptReading], looks: [TranscriptPageRead?], closer: [Int: (reading: TranscriptReading, look: TranscriptPageRead?)], scale: GradeScale)
        -> (pages: [TranscriptReading], looks: [TranscriptPageRead?]) {
        var (pages, looks) = (pages, looks)
        for index in closer.keys.sorted() {
            guard let other = closer[index] else { continue }
            var trial = pages
            trial[index] = other.reading
            guard isSurer(TranscriptReading(merging: trial), than: TranscriptReading(merging: pages), scale: scale) else { continue }
            pages = trial
            looks[index] = other.look
        }
        return (pages, looks)
    }
}
