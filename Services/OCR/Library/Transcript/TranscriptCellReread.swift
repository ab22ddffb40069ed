import CLeptonica
import Contracts
import Foundation

/// Tesseract's page segmentation drops lone short cells ("A", "3") of a table row. For each
/// row below the header that lacks its SKS or grade cell, that cell (the label's column span,
/// the row's height) is cropped and read again as one line with the cell's alphabet; the result
/// is added as a word at the cell's place, so the table parser treats it like any other word;
/// the first reading's words in that cell (unreadable, or it would not be missing) give way.
enum TranscriptCellReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale, continuing: [TranscriptTable.Header] = []) -> [OCRWord] {
        TranscriptTable.tables(words, scale: scale, continuing: continuing).flatMap { table in
            oneTable(table, page: page, engine: engine, scale: scale, continuing: continuing)
        }
    }

    /// The cells of one table re-read (the rows of a table beside it are no rows of this one:
    /// a crop of this table's SKS column on their line would read half of a neighbouring digit).
    static func oneTable(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale, continuing: [TranscriptTable.Header]) -> [OCRWord] {
        let lines = TranscriptTable.rows(of: words)
        guard let layout = TranscriptTable.best(lines, scale: scale, continuing: continuing)?.layout, !layout.isList else { return words }
        let headers = layout.headers
        var added: [OCRWord] = [], replaced: [OCRWord] = []
        for line in lines[layout.start...].prefix(60) {
            if TranscriptTable.endsTable(line) { break }
            guard line.count >= 2, !TranscriptTable.isSummary(line), TranscriptTable.isRowLike(line, headers: headers, scale: scale)
                || TranscriptTable.isSurelyRow(line, headers: headers) else { continue }
            let top = line.map(\.box.y).min() ?? 0, bottom = line.map { $0.box.y + $0.box.height }.max() ?? 0
            for header in headers where header.column == .sks || header.column == .grade {
                let present = line.contains { word in
                    headers.min { $0.distance(to: word) < $1.distance(to: word) }?.column == header.column
                        && (header.column == .sks ? TranscriptTable.sksValue(word.text) != nil : scale.canonical(word.text) != nil)
                }
                guard !present else { continue }
                // the crop stops short of the next column (a points column's "4,00" is no grade "4")
                let next = headers.filter { $0.left > header.right }.map(\.left).min() ?? Int.max
                let x = max(0, header.left - 24), width = min(header.right - header.left + 72, next - 2 - x)
                guard width > 4 else { continue }
                let y = max(0, top - 8), height = bottom - top + 16
                guard let cell = page.crop(x: x, y: y, width: min(width, page.width - x), height: min(height, page.height - y)) else { continue }
                let valid: (String) -> Bool = header.column == .sks ? { TranscriptTable.sksValue($0) != nil } : { scale.canonical($0) != nil }
                let alphabet = header.column == .sks ? "0123456789" : "ABCDE+-0123456789.,"
                guard let word = read(cell, alphabet: alphabet, valid: valid, engine: engine, band: textBand(line).map { ($0.top - y, $0.bottom - y) })
                else { continue }
                // what the first reading made of the cell ("we" for a blurred "3") gives way to it
                // and so does a word reaching into the cell that is no valid cell ("3D": SKS and grade read as one)
                replaced += line.filter { old in
                    let column = headers.min { $0.distance(to: old) < $1.distance(to: old) }?.column
                    return old.box.x >= x && old.box.x + old.box.width <= x + width && column == header.column
                        || old.box.x < x + width && x < old.box.x + old.box.width && [.sks, .grade].contains(column) && !valid(old.text)
                }
                added.append(word.shifted(x: x, y: y))
            }
        }
        return words.filter { word in !replaced.contains { $0.box == word.box && $0.text == word.text } } + added
    }

    /// The rows a line of text takes, top and bottom.
    typealias Band = (top: Int, bottom: Int)

    /// The rows a line's text takes: its words' median centre and height (a pen loop's "CAD", taller, does not sway them).
    static func textBand(_ line: [OCRWord]) -> Band? {
        guard !line.isEmpty else { return nil }
        let centres = line.map { $0.box.y + $0.box.height / 2 }.sorted(), heights = line.map(\.box.height).sorted()
        let centre = centres[centres.count / 2], height = heights[heights.count / 2]
        return (centre - height / 2, centre + height / 2)
    }

    /// One cell read with its alphabet: as a line, then on a white margin (Tesseract misses
    /// glyphs touching the crop's edge), then enlarged twice; where none is valid and the line's text `band` is known,
    /// without the strokes that cross it (a pen loop round the value: ``Pix/withoutStrokesAcross(top:bottom:)``). The
    /// first valid answer, its box in the cell's coordinates.
    static func read(_ cell: Pix, alphabet: String, valid: (String) -> Bool, engine: TesseractEngine, band: Band? = nil) -> OCRWord? {
        let border = 24
        let attempts: [(Pix, Int, Int)] = [
            (cell, 0, 1),
            (cell.map { pixAddBorder($0, Int32(border), 255) }, border, 1),
            (cell.map { pixScale($0, 2, 2) }.map { pixAddBorder($0, Int32(border), 255) }, border, 2),
        ]
        for (pix, margin, factor) in attempts {
            if let word = validWord(pix, margin: margin, factor: factor, alphabet: alphabet, valid: valid, engine: engine) { return word }
        }
        guard let band, let unlooped = cell.withoutStrokesAcross(top: band.top, bottom: band.bottom)?.map({ pixAddBorder($0, Int32(border), 0) })
        else { return nil }
        return validWord(unlooped, margin: border, factor: 1, alphabet: alphabet, valid: valid, engine: engine)
    }

    /// The most confident valid word of `pix` read as one line, its box back in the cell's coordinates.
    private static func validWord(_ pix: Pix, margin: Int, factor: Int, alphabet: String, valid: (String) -> Bool, engine: TesseractEngine) -> OCRWord? {
        let words = engine.recognize(pix, mode: .singleLine, whitelist: alphabet).lines.flatMap(\.words)
        guard let word = words.filter({ valid($0.text) }).max(by: { $0.confidence < $1.confidence }) else { return nil }
        let box = Box(x: (word.box.x - margin) / factor, y: (word.box.y - margin) / factor, width: word.box.width / factor, height: word.box.height / factor)
        return OCRWord(text: word.text, box: box, confidence: word.confidence)
    }
}
