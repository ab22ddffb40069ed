import Contracts
import Foundation
import Testing
@testable import OCRService

/// A page whose layout analysis dropped every cell right of the course names gets them back
/// from the band read alone (real Tesseract on a committed generated page).
@Suite struct TranscriptCellBandTests {
    /// The committed page prepared, its first full reading, and where its SKS column begins.
    func sigmaPage() throws -> (page: Pix, engine: TesseractEngine, raw: [OCRWord], whole: TranscriptTable, sksLeft: Int) {
        let folder = try FixtureCards.directory("khs")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("khs-sigma-0001.jpg")))
        let engine = try TesseractEngine(languages: "ind+eng")
        let page = TranscriptReader.prepared(try ImageDecoding().decode(bytes), angle: 0)
        let raw = engine.recognize(page, mode: .auto).lines.flatMap(\.words)
        let whole = TranscriptTable(words: raw, scale: .indonesian)
        let sks = try #require(whole.headers.first { $0.column == .sks })
        return (page, engine, raw, whole, sks.left)
    }

    @Test func cellsTheLayoutDroppedComeBackFromTheBand() throws {
        let (page, engine, raw, whole, sksLeft) = try sigmaPage()
        #expect(whole.rows.count >= 5)
        // the page as the layout analysis sometimes reads it: nothing right of the names
        let dropped = raw.filter { $0.box.x + $0.box.width < sksLeft - 4 }
        #expect(TranscriptTable(words: dropped, scale: .indonesian).rows.isEmpty)
        let banded = try #require(TranscriptCellBand.words(dropped, page: page, engine: engine))
        let table = TranscriptTable(words: banded, scale: .indonesian)
        #expect(table.rows.count >= whole.rows.count - 1)
        #expect(Set(table.rows.map(\.grade)).isSubset(of: Set(whole.rows.map(\.grade))))
    }

    /// The same page with its course codes lost as well: the band is found from where the
    /// course names begin.
    @Test func withoutCodesTheNamesTellWhereTheBandIs() throws {
        let (page, engine, raw, whole, sksLeft) = try sigmaPage()
        let dropped = raw.filter { $0.box.x + $0.box.width < sksLeft - 4 && TranscriptTable.codeValue($0.text) == nil }
        let banded = try #require(TranscriptCellBand.words(dropped, page: page, engine: engine))
        #expect(TranscriptTable(words: banded, scale: .indonesian).rows.count >= whole.rows.count - 1)
    }
}
