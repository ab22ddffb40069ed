import Contracts
import Foundation

/// Tesseract's page segmentation drops lone short cells ("A", "3") of a table row. For each
/// row below the header that lacks its SKS or grade cell, that cell (the label's column span,
/// the row's height) is cropped and read again as one line with the cell's alphabet; the result
/// is added as a word at the cell's place, so the table parser treats it like any other word.
enum TranscriptCellReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale) -> [OCRWord] {
        let lines = TranscriptTable.rows(of: words)
        guard let headerIndex = lines.firstIndex(where: { TranscriptTable.header(of: $0).count >= 3 }) else { return words }
        let headers = TranscriptTable.header(of: lines[headerIndex])
        var added: [OCRWord] = []
        for line in lines[(headerIndex + 1)...].prefix(60) {
            let text = line.map(\.text).joined(separator: " ").lowercased()
            if text.contains("jumlah") || text.contains("ipk") || text.contains("kumulatif") { break }
            guard line.count >= 2 else { continue }
            let top = line.map(\.box.y).min() ?? 0, bottom = line.map { $0.box.y + $0.box.height }.max() ?? 0
            for header in headers where header.column == .sks || header.column == .grade {
                let present = line.contains { word in
                    headers.min { $0.distance(to: word) < $1.distance(to: word) }?.column == header.column
                        && (header.column == .sks ? TranscriptTable.sksValue(word.text) != nil : scale.canonical(word.text) != nil)
                }
                guard !present else { continue }
                let x = max(0, header.left - 24), width = header.right - header.left + 72
                let y = max(0, top - 8), height = bottom - top + 16
                guard let cell = page.crop(x: x, y: y, width: min(width, page.width - x), height: min(height, page.height - y)) else { continue }
                let alphabet = header.column == .sks ? "0123456789" : "ABCDE+-0123456789.,"
                let result = engine.recognize(cell, mode: .singleLine, whitelist: alphabet)
                guard let word = result.lines.flatMap(\.words).max(by: { $0.confidence < $1.confidence }) else { continue }
                added.append(OCRWord(
                    text: word.text, box: Box(x: x + word.box.x, y: y + word.box.y, width: word.box.width, height: word.box.height),
                    confidence: word.confidence))
            }
        }
        return words + added
    }
}
