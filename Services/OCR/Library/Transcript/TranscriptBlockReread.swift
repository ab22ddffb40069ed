import Contracts
import Foundation

/// Tesseract's page layout sometimes takes a narrow column block of short cells (the "K | HM"
/// cells of one of two tables side by side) for vertical text: one "word" as tall as the table
/// and a few pixels wide ("NWWANNR"), the cells beside it lost with it. Such a word (taller than
/// two and a half typical words, as ``TranscriptTable/lineWords(_:)`` drops it) marks where the
/// layout failed: the gap it stands in, between the words read on its lines to its left and to
/// its right, is read again as one uniform block of lines, and those words replace the page's
/// words inside the gap. At most four blocks a page are read again.
enum TranscriptBlockReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine) -> [OCRWord] {
        guard let tall = TranscriptTable.columnBlocks(words), let typical = TranscriptTable.typicalHeight(words) else { return words }
        var result = words
        for block in words.filter(tall).prefix(4) {
            let top = max(0, block.box.y - typical / 2), bottom = min(page.height, block.box.y + block.box.height + typical / 2)
            let beside = words.filter { word in
                let centre = word.box.y + word.box.height / 2
                return !tall(word) && (top...bottom).contains(centre)
            }
            let left = beside.map { $0.box.x + $0.box.width }.filter { $0 <= block.box.x }.max() ?? max(0, block.box.x - typical * 10)
            let right = beside.map(\.box.x).filter { $0 >= block.box.x + block.box.width }.min() ?? min(page.width, block.box.x + block.box.width + typical * 10)
            let x = left + 2, width = right - 2 - x
            guard width > typical, let read = engine.words(in: page, x: x, y: top, width: width, height: bottom - top, mode: .block) else { continue }
            let found = read.filter { !tall($0) && $0.text.contains { $0.isLetter || $0.isNumber } }
            guard !found.isEmpty else { continue }
            let inside = { (word: OCRWord) in
                word.box.x >= x && word.box.x + word.box.width <= x + width && word.box.y >= top && word.box.y + word.box.height <= bottom
            }
            result = result.filter { !inside($0) || tall($0) } + found
        }
        return result
    }
}
