import Contracts
import Foundation
import Testing
@testable import OCRService

/// A page whose layout analysis dropped the row numbers, codes and names left of the cells gets
/// them back from that band read alone (real Tesseract on a committed generated page).
@Suite struct TranscriptNameBandTests {
    @Test func namesTheLayoutDroppedComeBackFromTheBand() throws {
        let (page, engine, raw, whole, sksLeft) = try TranscriptCellBandTests().sigmaPage()
        #expect(whole.rows.count >= 5)
        // the page as a photocopy's grid sometimes has it read: nothing left of the SKS column
        let table = TranscriptTable(words: raw, scale: .indonesian)
        let top = try #require(table.cells.first?.sks.box.y)
        let dropped = raw.filter { $0.box.x >= sksLeft - 4 || $0.box.y < top - 10 }
        #expect(TranscriptTable(words: dropped, scale: .indonesian).rows.isEmpty)
        let banded = try #require(TranscriptNameBand.words(dropped, page: page, engine: engine, scale: .indonesian))
        let read = TranscriptTable(words: banded, scale: .indonesian)
        #expect(read.rows.count >= whole.rows.count - 1)
        #expect(Set(read.rows.map(\.name)).intersection(whole.rows.map(\.name)).count >= whole.rows.count - 1)
    }

    /// A table whose names were read has no cells standing alone: nothing to read again.
    @Test func aWholeTableHasNoBand() throws {
        let (page, engine, raw, _, _) = try TranscriptCellBandTests().sigmaPage()
        #expect(TranscriptNameBand.words(raw, page: page, engine: engine, scale: .indonesian) == nil)
    }
}
