import Contracts
import Foundation
import PDFPages

/// A transcript PDF made by software (a campus portal's "cetak KHS", a print-to-PDF) carries its
/// text: those words are exact, and reading them costs nothing next to OCR. A page's words are
/// used only when the page draws them (``Poppler/visibleCharacters(_:pages:)``: at least half its text-layer
/// characters visible; a scan's text layer is another program's OCR laid invisibly over the
/// picture, whatever images a printed page also carries — letterhead, watermark, background),
/// and the document's text must show a course table somewhere, by its labels or by the shape of
/// its rows (a font without a Unicode map yields letters, but never "Kode … SKS … Nilai" in a
/// row, nor a column of grades beside one of SKS). Words are placed as OCR would place them: the
/// page scaled to the width the OCR path reads at (its render at `maxSide`, brought into 1500…2000 px).
enum TranscriptPDFText {
    /// Per page (`count` pages), its words in OCR page pixels, or nil where the page must be OCRed.
    /// `visible`: each page's visible characters (nil: unknown, no page trusted).
    static func words(_ text: [PDFTextPage], visible: [Int]?, count: Int, maxSide: Int) -> [[OCRWord]?] {
        let pages = (0..<count).map { index -> [OCRWord]? in
            guard index < text.count, let visible, index < visible.count else { return nil }
            let page = text[index], longest = max(page.width, page.height)
            let characters = page.words.reduce(0) { $0 + $1.text.filter { !$0.isWhitespace }.count }
            guard longest > 0, characters > 0, 2 * visible[index] >= characters else { return nil }
            let width = min(2000, max(1500, Double(maxSide) * page.width / longest)), factor = width / page.width
            let words = page.words.compactMap { word(from: $0, factor: factor) }
            return words.isEmpty ? nil : words
        }
        let trusted = pages.contains { words in
            words.map { words in
                let lines = TranscriptTable.rows(of: words)
                return lines.contains { TranscriptTable.header(of: $0).count >= 3 } || TranscriptColumns.inferred(lines, scale: .indonesian) != nil
            } ?? false
        }
        return trusted ? pages : pages.map { _ in nil }
    }

    /// One text-layer word in page pixels, its text in the forms OCR gives: compatibility forms
    /// folded (ligatures, full-width letters) and the typographic minus and dashes as "-" (a
    /// "B−" grade is "B-").
    static func word(from word: PDFWord, factor: Double) -> OCRWord? {
        let dashes: Set<Character> = ["\u{2212}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]
        let text = String(word.text.precomposedStringWithCompatibilityMapping.map { dashes.contains($0) ? "-" : $0 })
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, word.width > 0, word.height > 0 else { return nil }
        let box = Box(
            x: Int((word.x * factor).rounded()), y: Int((word.y * factor).rounded()),
            width: max(1, Int((word.width * factor).rounded())), height: max(1, Int((word.height * factor).rounded())))
        return OCRWord(text: text, box: box, confidence: 1)
    }
}
