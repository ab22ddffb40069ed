import CLeptonica
import Contracts
import DocumentSniffing
import Foundation
import ServiceKit

/// Reads KHS/transcript pages: the page straightened and normalised as a receipt is, Tesseract's
/// words, then ``TranscriptTable`` and the labelled header lines (Nama, NIM, IPK/IPS).
public struct TranscriptReader: Sendable {
    let pool: EnginePool
    let decoding: ImageDecoding
    let pdfPages: TranscriptPDFPages
    public let scale: GradeScale

    public init(engines: Int, scale: GradeScale = .indonesian) throws {
        pool = try EnginePool(size: engines, languages: "ind+eng")
        decoding = ImageDecoding()
        pdfPages = TranscriptPDFPages()
        self.scale = scale
    }

    init(pool: EnginePool, decoding: ImageDecoding, scale: GradeScale, pdfPages: TranscriptPDFPages = TranscriptPDFPages()) {
        self.pool = pool
        self.decoding = decoding
        self.pdfPages = pdfPages
        self.scale = scale
    }

    /// Reads one JPEG/PNG page, or every page of a PDF (rows merged, the student and the IPK
    /// from wherever they are printed); throws the envelope's 4xx for what is not readable.
    public func read(_ bytes: [UInt8], scale: GradeScale? = nil) async throws -> TranscriptReading {
        let scale = scale ?? self.scale
        guard ContentSniffer.kind(of: bytes) == .pdf else {
            let first = try await photoReading(bytes, scale: scale, zoom: 1)
            guard Self.missesRows(first, scale: scale) else { return first }
            let (reading, dropBlueInk) = try await readingWithoutBlueInk(bytes, over: first, scale: scale)
            guard Self.missesRows(reading, scale: scale) else { return reading }
            return Self.surer(reading, try await photoReading(bytes, scale: scale, zoom: Self.closerZoom, dropBlueInk: dropBlueInk), scale: scale)
        }
        var pages: [TranscriptReading] = [], headers: [TranscriptTable.Header] = [], lacking: [Int] = []
        var looks: [TranscriptPageRead?] = []
        let images = try await pdfPages.pages(bytes)
        var closer: [Int: (reading: TranscriptReading, look: TranscriptPageRead?)] = [:]
        for page in images {
            let read = try await levelledWords(page, scale: scale, headers: headers)
            let table = TranscriptTable(words: read.words, scale: scale, continuing: headers)
            if let other = try await closerReading(of: page, table: table, scale: scale, headers: headers) {
                closer[pages.count] = (Self.reading(words: other.read.words, table: other.table),
                    page.image.map { TranscriptPageRead(image: $0, angle: other.read.angle, turns: other.read.turns, table: other.table, firstRow: 0, onDesk: false, zoom: Self.closerZoom) })
            }
            headers = table.headers.isEmpty ? headers : table.headers
            if table.unreadableRows > 0, !Self.hasCells(table.headers) { lacking.append(pages.count) }
            pages.append(Self.reading(words: read.words, table: table))
            looks.append(page.image.map { TranscriptPageRead(image: $0, angle: read.angle, turns: read.turns, table: table, firstRow: 0, onDesk: false) })
        }
        (pages, looks) = Self.withCloserPages(pages, looks: looks, closer: closer, scale: scale)
        // a page before any page showed the SKS/grade labels is read again with a later page's
        if Self.hasCells(headers) {
            let whole = headers
            for index in lacking {
                let read = try await levelledWords(images[index], scale: scale, headers: whole)
                let table = TranscriptTable(words: read.words, scale: scale, continuing: whole)
                if table.unreadableRows < pages[index].unreadableRows {
                    pages[index] = Self.reading(words: read.words, table: table)
                    looks[index] = images[index].image.map { TranscriptPageRead(image: $0, angle: read.angle, turns: read.turns, table: table, firstRow: 0, onDesk: false) }
                }
            }
        }
        var firstRow = 0
        for index in looks.indices {
            looks[index]?.firstRow = firstRow
            firstRow += pages[index].rows.count
        }
        return try await secondLook(TranscriptReading(merging: pages), pages: looks.compactMap { $0 }, scale: scale)
    }

    static func hasCells(_ headers: [TranscriptTable.Header]) -> Bool {
        headers.contains { $0.column == .sks } && headers.contains { $0.column == .grade }
    }

    /// The page's OCR words with boxes, after straightening and normalising it. `headers` are
    /// the column labels of an earlier page, for a continuation page that does not repeat them.
    func words(_ bytes: [UInt8], scale: GradeScale, headers: [TranscriptTable.Header] = [], onDesk: Bool = true) async throws -> [OCRWord] {
        try await levelledWords(bytes, scale: scale, headers: headers, onDesk: onDesk).words
    }

    /// The page's words, the quarter turns that stood it upright (``TranscriptOrientation``) and the rotation that
    /// levelled it (0 when it was level; see ``TranscriptLevel``).
    /// `onDesk`: a photo (its faint print also stretched to black; a PDF page is not: see ``prepared(_:angle:turns:onDesk:zoom:dropBlueInk:)``).
    /// `zoom`: the page enlarged beyond its usual width (see ``closerZoom``). `dropBlueInk`: see ``prepared(_:angle:turns:onDesk:zoom:dropBlueInk:)``.
    func levelledWords(
        _ bytes: [UInt8], scale: GradeScale, headers: [TranscriptTable.Header] = [], onDesk: Bool = true, zoom: Double = 1, dropBlueInk: Bool = false
    ) async throws -> TranscriptLevel.Words {
        let decoding = decoding
        return try await pool.run { engine throws(APIError) in
            let image = try decoding.decode(bytes)
            var page = Self.prepared(image, angle: 0, onDesk: onDesk, zoom: zoom, dropBlueInk: dropBlueInk), turns: Int32 = 0
            var raw = engine.recognize(page, mode: .auto).lines.flatMap(\.words)
            if let undo = TranscriptOrientation.turnsToTry(raw) {
                let turnedPage = Self.prepared(image, angle: 0, turns: undo, onDesk: onDesk, zoom: zoom, dropBlueInk: dropBlueInk)
                let turnedRaw = engine.recognize(turnedPage, mode: .auto).lines.flatMap(\.words)
                if TranscriptOrientation.isSurer(turnedRaw, than: raw) { (page, raw, turns) = (turnedPage, turnedRaw, undo) }
            }
            guard let angle = TranscriptLevel.angle(of: raw) else {
                return TranscriptLevel.Words(words: Self.words(raw, page: page, engine: engine, scale: scale, headers: headers), angle: 0, turns: turns)
            }
            page = TranscriptLeaders.removed(TranscriptRuling.removed(TranscriptLevel.rotated(page, by: angle)))
            raw = engine.recognize(page, mode: .auto).lines.flatMap(\.words)
            return TranscriptLevel.Words(words: Self.words(raw, page: page, engine: engine, scale: scale, headers: headers), angle: angle, turns: turns)
        }
    }

    /// The page as recognised: with `dropBlueInk`, a stamp's and a signature's ink painted out
    /// (``Pix/greyWithoutBlueInk()``); turned clockwise by `turns` quarters (``TranscriptOrientation``), normalised (a
    /// photo's faint or blurred print also stretched to black in each neighbourhood), the sheet cropped from whatever
    /// surrounds it (a desk, a monitor's bezel and viewer: a PDF page may be such a photo too), turned by `angle`, its
    /// table rules and leader dots painted out. 1500–2000 px wide, times `zoom`.
    static func prepared(_ image: Pix, angle: Double, turns: Int32 = 0, onDesk: Bool = true, zoom: Double = 1, dropBlueInk: Bool = false) -> Pix {
        let image = TranscriptOrientation.turned(dropBlueInk ? image.greyWithoutBlueInk() : image, by: turns)
        let usual = min(max(Int(image.width), 1500), 2000), width = Int(Double(usual) * zoom)
        let normalised = ReceiptImage(image, widthRange: zoom == 1 ? 1500...2000 : width...width, localContrast: onDesk).text
        return TranscriptLeaders.removed(TranscriptRuling.removed(TranscriptLevel.rotated(TranscriptPaper.crop(normalised), by: angle)))
    }

    /// The words of a prepared page from its first (automatic) recognition `raw`: a column block
    /// read as one tall word read again (``TranscriptBlockReread``), missing cells, labels and
    /// a course list's grades re-read; read again in sparse mode when the table lost most of its rows, or the
    /// page shows clearly more course codes than rows read (a
    /// whole page read again costs as much as the first reading, and a few unreadable rows it
    /// never brought back on the dev pages; a column dropped whole it does), and if that does
    /// not bring them back, with the cell band read alone (``TranscriptCellBand``), then the
    /// band of codes and names left of cells standing alone (``TranscriptNameBand``), then the halves of a page
    /// printing two tables side by side, each alone (``TranscriptHalves``).
    static func words(_ raw: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale, headers: [TranscriptTable.Header]) -> [OCRWord] {
        let words = { (raw: [OCRWord]) in
            let blocks = TranscriptBlockReread.words(raw, page: page, engine: engine)
            let read = TranscriptCellReread.words(TranscriptTable.lineWords(blocks), page: page, engine: engine, scale: scale, continuing: headers)
            let labelled = TranscriptIPKReread.words(TranscriptLabelReread.words(read, page: page, engine: engine), page: page, engine: engine)
            let graded = TranscriptGradeReread.words(labelled, page: page, engine: engine, scale: scale)
            return TranscriptListGradeReread.words(graded, page: page, engine: engine, scale: scale)
        }
        let first = words(TranscriptHeaderReread.words(raw, page: page, engine: engine))
        let table = TranscriptTable(words: first, scale: scale, continuing: headers)
        guard table.rows.isEmpty || table.unreadableRows * 2 >= table.rows.count || table.showsFewerRows(thanCodesIn: first) else { return first }
        // page segmentation sometimes drops whole columns as "images"; sparse mode finds them,
        // and failing that the band right of the names read alone
        func better(_ one: TranscriptTable, _ other: TranscriptTable) -> Bool {
            (one.rows.count, -one.unreadableRows) > (other.rows.count, -other.unreadableRows)
        }
        let sparse = words(engine.recognize(page, mode: .sparse).lines.flatMap(\.words))
        var (best, kept) = (first, table)
        let other = TranscriptTable(words: sparse, scale: scale, continuing: headers)
        if better(other, kept) { (best, kept) = (sparse, other) }
        func lacking(_ table: TranscriptTable, _ words: [OCRWord]) -> Bool {
            table.rows.isEmpty || table.unreadableRows * 2 >= table.rows.count || table.showsFewerRows(thanCodesIn: words)
        }
        let bands: [() -> [OCRWord]?] = [
            { TranscriptCellBand.words(raw, page: page, engine: engine) },
            { TranscriptNameBand.words(raw, page: page, engine: engine, scale: scale) },
            { TranscriptHalves.words(raw, page: page, engine: engine, scale: scale) },
        ]
        for band in bands where lacking(kept, best) {
            guard let banded = band() else { continue }
            let read = words(banded)
            let table = TranscriptTable(words: read, scale: scale, continuing: headers)
            if better(table, kept) { (best, kept) = (read, table) }
        }
        return best
    }

    /// The page as prepared for recognition (PNG), for the benchmark's diagnostics.
    public func debugPage(_ bytes: [UInt8]) throws -> [UInt8]? {
        Self.prepared(try decoding.decode(bytes), angle: 0).pngData()
    }

    /// The page's word rows as text with x positions, for the benchmark's diagnostics (no personal data is logged by it).
    /// A PDF's pages are taken as `read` takes them (text layer or OCR), each page's rows after a "--- page" line.
    public func debugLines(_ bytes: [UInt8]) async throws -> [String] {
        let pdf = ContentSniffer.kind(of: bytes) == .pdf
        let pages = pdf ? try await pdfPages.pages(bytes) : [.image(bytes)]
        var lines: [String] = []
        for (number, page) in pages.enumerated() {
            if pages.count > 1 { lines.append("--- page \(number + 1)") }
            let words: [OCRWord]
            switch page {
            case .words(let layer): words = layer
            case .image(let image): words = try await self.words(image, scale: scale, onDesk: !pdf)
            }
            lines += TranscriptTable.rows(of: words).map { $0.map { "\($0.text)@\($0.box.x),\($0.box.y)+\($0.box.width)x\($0.box.height)" }.joined(separator: " ") }
        }
        return lines
    }
}
