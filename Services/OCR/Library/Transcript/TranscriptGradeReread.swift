import Contracts
import Foundation

/// A grade whose sign Tesseract dropped ("A-" read "A") still takes the sign's room: its word
/// box is wider per character than the page's other grades. Such a grade cell (its own box
/// with a margin) is read again with the grade alphabet; a different valid grade replaces it.
/// Letter grades only: a numeric grade's digits are not lost this way.
enum TranscriptGradeReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale) -> [OCRWord] {
        TranscriptTable.tables(words, scale: scale, continuing: []).flatMap { oneTable($0, page: page, engine: engine, scale: scale) }
    }

    static func oneTable(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale) -> [OCRWord] {
        let lines = TranscriptTable.rows(of: words)
        guard let layout = TranscriptTable.best(lines, scale: scale, continuing: [])?.layout else { return words }
        let headers = layout.headers
        guard headers.contains(where: { $0.column == .grade }) else { return words }
        var grades: [(word: OCRWord, grade: String, band: TranscriptCellReread.Band?)] = []
        for line in lines[layout.start...].prefix(60) {
            if TranscriptTable.endsTable(line) { break }
            for word in line where TranscriptTable.nearest(word, in: headers) == .grade {
                if let grade = scale.canonical(word.text), grade.first?.isLetter == true { grades.append((word, grade, TranscriptCellReread.textBand(line))) }
            }
        }
        let words = TranscriptGradeSign.words(words, grades: grades.map(\.word), page: page, scale: scale)
        guard grades.count >= 4 else { return words }
        func perCharacter(_ entry: (word: OCRWord, grade: String, band: TranscriptCellReread.Band?)) -> Double { Double(entry.word.box.width) / Double(entry.grade.count) }
        let typical = grades.map(perCharacter).sorted()[grades.count / 2]
        var replaced: [OCRWord] = [], added: [OCRWord] = []
        for entry in grades where perCharacter(entry) > typical * 1.4 && words.contains(where: { $0.box == entry.word.box && $0.text == entry.word.text }) {
            let box = entry.word.box
            let x = max(0, box.x - box.height / 2), y = max(0, box.y - box.height / 2)
            guard let cell = page.crop(x: x, y: y, width: box.width + 2 * box.height, height: box.height * 2),
                let word = TranscriptCellReread.read(cell, alphabet: "ABCDE+-", valid: { scale.canonical($0) != nil }, engine: engine,
                    band: entry.band.map { ($0.top - y, $0.bottom - y) }),
                let grade = scale.canonical(word.text), grade != entry.grade else { continue }
            replaced.append(entry.word)
            added.append(OCRWord(text: grade, box: box, confidence: word.confidence))
        }
        return words.filter { word in !replaced.contains { $0.box == word.box && $0.text == word.text } } + added
    }
}
