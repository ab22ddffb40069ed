import Contracts
import Foundation
import Testing
@testable import OCRService

/// A column block Tesseract's layout took for one tall "word" (vertical text) loses the cells
/// beside it; the gap it stands in is read again as a block of lines (real Tesseract on a
/// committed generated page).
@Suite struct TranscriptBlockRereadTests {
    @Test func cellsUnderATallBlockComeBackFromTheGapReadAgain() throws {
        let (page, engine, raw, whole, sksLeft) = try TranscriptCellBandTests().sigmaPage()
        #expect(whole.rows.count >= 5)
        let body = raw.filter { word in whole.cells.contains { $0.sks.box.y == word.box.y || $0.grade.box.y == word.box.y } }
        let top = try #require(body.map(\.box.y).min()), bottom = try #require(body.map { $0.box.y + $0.box.height }.max())
        // the page as the layout sometimes reads it: the cells gone, one narrow tall block in their place
        let cells = raw.filter { $0.box.x >= sksLeft - 4 && $0.box.y >= top - 2 && $0.box.y + $0.box.height <= bottom + 2 }
        let block = OCRWord(text: "NWWANNR", box: Box(x: sksLeft, y: top, width: 12, height: bottom - top), confidence: 0.5)
        let damaged = raw.filter { !cells.contains($0) } + [block]
        #expect(TranscriptTable(words: TranscriptTable.lineWords(damaged), scale: .indonesian).rows.count <= 1)
        let reread = TranscriptBlockReread.words(damaged, page: page, engine: engine)
        let table = TranscriptTable(words: TranscriptTable.lineWords(reread), scale: .indonesian)
        #expect(table.rows.count >= whole.rows.count - 1)
        #expect(Set(table.rows.map(\.grade)).isSubset(of: Set(whole.rows.map(\.grade))))
    }

    @Test func aPageWithoutTallBlocksIsLeftAsItWas() throws {
        let (page, engine, raw, _, _) = try TranscriptCellBandTests().sigmaPage()
        let level = raw.filter { $0.box.height * 2 <= 5 * (raw.map(\.box.height).sorted()[raw.count / 2]) }
        #expect(TranscriptBlockReread.words(level, page: page, engine: engine) == level)
    }
}
