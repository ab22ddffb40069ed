import CLeptonica
import Contracts
import Foundation

/// A blurred photo loses short header labels ("SKS", "Nilai") while the longer ones survive;
/// without them the SKS and grade cells have no column and every row is unreadable. The header
/// row is cropped (a quarter of its height added above and below) and read again enlarged as one line; the labels it finds
/// for the missing cell columns are added as words at their places, so the table parser and the
/// cell re-reads treat them like any other label.
enum TranscriptHeaderReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine) -> [OCRWord] {
        let lines = TranscriptTable.rows(of: words)
        guard let line = lines.first(where: { TranscriptTable.header(of: $0).count >= 3 }) else { return words }
        let headers = TranscriptTable.header(of: line)
        let missing = [TranscriptTable.Column.sks, .grade].filter { column in !headers.contains { $0.column == column } }
        guard !missing.isEmpty, let top = line.map(\.box.y).min(), let bottom = line.map({ $0.box.y + $0.box.height }).max() else { return words }
        let height = bottom - top, y = max(0, top - height / 4), factor = 2
        guard let row = page.crop(x: 0, y: y, width: page.width, height: height * 3 / 2) else { return words }
        let enlarged = row.map { pixScale($0, Float(factor), Float(factor)) }
        let found = engine.recognize(enlarged, mode: .singleLine).lines.flatMap(\.words).compactMap { word -> OCRWord? in
            let box = Box(x: word.box.x / factor, y: y + word.box.y / factor, width: word.box.width / factor, height: word.box.height / factor)
            guard let label = TranscriptTable.header(of: [OCRWord(text: word.text, box: box, confidence: word.confidence)]).first, missing.contains(label.column),
                !line.contains(where: { $0.box.x < box.x + box.width && box.x < $0.box.x + $0.box.width }) else { return nil }
            // placed on the header row's own line, so it is grouped with the other labels
            return OCRWord(text: word.text, box: Box(x: box.x, y: top, width: box.width, height: height), confidence: word.confidence)
        }
        return words + found
    }
}
