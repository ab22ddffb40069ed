import Contracts
import Foundation

/// A minus printed small and faint after a grade letter ("B-" in a serif font, blurred) is
/// often not seen by Tesseract at all, and in a condensed font it sits so close to the letter
/// that Tesseract's box for "A" already covers it. In the grade's box and a letter's width to
/// its right, the rightmost ink is followed leftwards while it stays one thin horizontal band:
/// a band at mid-height, at least a quarter of the letter's height long, ending short of the
/// region's edge, with the letter's taller strokes left of it, is that minus (only where the
/// scale has such a grade). A letter's own right edge (A's foot, B's bowl) is never a long thin
/// band at mid-height.
enum TranscriptGradeSign {
    /// `contrast`: the least darkening (below the paper) that counts as ink; ink is also at
    /// least 20 % of the way from the paper to the region's darkest pixel (a blurred stroke's half width).
    static func minus(after word: OCRWord, on page: Pix, contrast: Int = 20) -> Bool {
        let box = word.box, height = box.height, margin = height / 6
        guard height >= 8, let region = page.crop(x: box.x, y: box.y - margin, width: box.width + height * 9 / 10, height: height + 2 * margin),
            let gray = GrayImage(region), gray.width > 4 else { return false }
        let sorted = gray.pixels.sorted()
        let background = Int(sorted[sorted.count * 3 / 4]), darkest = Int(sorted[sorted.count / 100])
        let threshold = background - max(contrast, (background - darkest) / 5)
        let columns = (0..<gray.width).map { x in (0..<gray.height).filter { Int(gray[x, $0]) < threshold } }
        guard let right = columns.lastIndex(where: { !$0.isEmpty }), right < gray.width - 1 else { return false }
        let thickness = max(3, height * 3 / 10)
        var top = Int.max, bottom = Int.min, left = right
        while left >= 0, let first = columns[left].first, let last = columns[left].last, max(bottom, last) - min(top, first) < thickness {
            (top, bottom) = (min(top, first), max(bottom, last))
            left -= 1
        }
        let length = right - left
        guard length >= max(3, height / 4), length <= height, top <= bottom else { return false }
        let middle = (Double(top + bottom) / 2 - Double(margin)) / Double(height)
        // the letter: a stroke at least half the height tall left of the band
        let letter = columns[..<max(0, left + 1)].contains { column in (column.last ?? 0) - (column.first ?? 0) >= height / 2 }
        return (0.35...0.8).contains(middle) && letter && left + 1 >= height / 3
    }

    /// The words with "X" replaced by "X-" where a minus stands after a bare letter grade (as
    /// the scale reads it: "8" is a B).
    static func words(_ words: [OCRWord], grades: [OCRWord], page: Pix, scale: GradeScale) -> [OCRWord] {
        func bare(_ word: OCRWord) -> String? {
            guard let grade = scale.canonical(word.text), grade.count == 1, grade.first?.isLetter == true, scale.points[grade + "-"] != nil else { return nil }
            return grade
        }
        let signed = grades.filter { bare($0) != nil && minus(after: $0, on: page) }
        guard !signed.isEmpty else { return words }
        return words.map { word in
            guard signed.contains(where: { $0.box == word.box && $0.text == word.text }), let grade = bare(word) else { return word }
            return OCRWord(text: grade + "-", box: word.box, confidence: word.confidence)
        }
    }
}
