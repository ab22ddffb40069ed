import Contracts
import Foundation

/// A printed IPK whose value OCR lost (faded print, glare: "Indeks Prestasi Kumu" and nothing
/// after it) is read again: the rest of its line, right of the last word read, recognised
/// alone as one line. Its words join the page's; a line that shows its value is left alone.
enum TranscriptIPKReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine) -> [OCRWord] {
        let lines = TranscriptTable.rows(of: words)
        guard let line = lines.last(where: isValueless), let last = line.last else { return words }
        let height = line.map(\.box.height).sorted()[line.count / 2]
        let x = last.box.x + last.box.width + 2, y = max(0, last.box.y - height / 2)
        let width = min(page.width - x, height * 16)
        guard width > height * 2, let reread = engine.words(in: page, x: x, y: y, width: width, height: height * 2, mode: .singleLine),
            reread.contains(where: { $0.text.contains(where: \.isNumber) }) else { return words }
        return words + reread
    }

    /// A cumulative-average label line (IPK, Indeks Prestasi Kumulatif, GPA) with no grade point on it.
    static func isValueless(_ line: [OCRWord]) -> Bool {
        let lower = line.map { $0.text.lowercased().filter(\.isLetter) }
        return TranscriptReader.isCumulativeAverage(lower) && TranscriptReader.lastGradePoint(line.map(\.text)) == nil
    }
}
