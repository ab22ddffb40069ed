import Contracts
import Foundation

/// A minus printed small and faint after a grade letter ("B-" in a serif font, blurred) is
/// often not seen by Tesseract at all. Right of a bare letter grade, within a letter's width,
/// a short horizontal stroke of ink at mid-height, with clean paper above and below it, is
/// that minus (only where the scale has such a grade).
enum TranscriptGradeSign {
    /// `contrast`: how much darker than the paper a pixel must be to count as ink.
    static func minus(after word: OCRWord, on page: Pix, contrast: Int = 20) -> Bool {
        let box = word.box, height = box.height
        guard height >= 8, let region = page.crop(x: box.x + box.width + 1, y: box.y, width: max(6, height * 9 / 10), height: height),
            let gray = GrayImage(region) else { return false }
        let background = gray.pixels.sorted()[gray.pixels.count * 3 / 4]
        func ink(_ x: Int, _ y: Int) -> Bool { Int(gray[x, y]) < Int(background) - contrast }
        var strokeRows: [Int] = []
        for y in 0..<gray.height {
            var run = 0, longest = 0
            for x in 1..<gray.width {
                run = ink(x, y) ? run + 1 : 0
                longest = max(longest, run)
            }
            if longest >= max(3, height / 8) { strokeRows.append(y) }
        }
        guard let top = strokeRows.first, let bottom = strokeRows.last, bottom - top <= max(2, height / 5) else { return false }
        let middle = Double(top + bottom) / 2 / Double(gray.height)
        guard (0.35...0.8).contains(middle) else { return false }
        // nothing else in the region: no vertical stroke (a "+" or the next character)
        let stray = (0..<gray.height).filter { !(top...bottom).contains($0) }.reduce(0) { sum, y in
            sum + (1..<gray.width).filter { ink($0, y) }.count
        }
        return stray <= 2
    }

    /// The words with "X" replaced by "X-" where a minus stands after a bare letter grade.
    static func words(_ words: [OCRWord], grades: [OCRWord], page: Pix, scale: GradeScale) -> [OCRWord] {
        let signed = grades.filter { word in
            word.text.count == 1 && word.text.first?.isLetter == true && scale.points[word.text.uppercased() + "-"] != nil
                && minus(after: word, on: page)
        }
        guard !signed.isEmpty else { return words }
        return words.map { word in
            signed.contains { $0.box == word.box && $0.text == word.text } ? OCRWord(text: word.text.uppercased() + "-", box: word.box, confidence: word.confidence) : word
        }
    }
}
