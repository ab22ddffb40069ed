import Contracts
import Foundation

/// A course list's grades (``TranscriptList``) that OCR dropped or misread: a coloured letter
/// alone at the right of an item, or a letter in a filled badge (dark on the normalised page, the
/// letter light; its sign often lost). The grade area of an item without a grade, or with a badge,
/// right of its text and between its top and bottom, is read again with the grade alphabet
/// (a badge cut out and inverted); a valid grade read there replaces what the area held.
enum TranscriptListGradeReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine, scale: GradeScale) -> [OCRWord] {
        guard let list = TranscriptList(TranscriptTable.rows(of: words), scale: scale) else { return words }
        var added: [OCRWord] = [], areas: [(x: Int, y: Range<Int>)] = []
        for item in list.items {
            let pad = item.code.box.height / 2
            let top = max(0, item.span.lowerBound - pad), bottom = min(page.height, item.span.upperBound + pad)
            guard item.gradeLeft < page.width - pad, bottom > top,
                let area = page.crop(x: item.gradeLeft, y: top, width: page.width - item.gradeLeft, height: bottom - top),
                let grade = TranscriptGradeArea(area), item.grade == nil || grade.isBadge,
                let word = TranscriptCellReread.read(grade.image, alphabet: "ABCDE+-", valid: { scale.canonical($0) != nil }, engine: engine)
            else { continue }
            added.append(word.shifted(x: item.gradeLeft + grade.x, y: top + grade.y))
            areas.append((item.gradeLeft, top..<bottom))
        }
        let kept = words.filter { word in
            !areas.contains { word.box.x >= $0.x && $0.y.contains(word.box.y + word.box.height / 2) }
        }
        return kept + added
    }
}
