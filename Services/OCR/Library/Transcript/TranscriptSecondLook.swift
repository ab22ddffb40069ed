import CLeptonica
import Contracts
import Foundation

/// A printed IPK that disagrees with the one recomputed from the rows is more often a cell
/// misread (a faint "B-" read "B", "B+" read "B-", a blurred SKS "4" read "8") than a forged
/// IPK. Every row's SKS and grade cells are read a second time (cropped, with their alphabet; a
/// faint minus also by its ink); where the second reading differs, that cell is in doubt. The
/// rows change only to the one smallest set of those second readings (at most `maxChanges`)
/// that makes the two IPKs agree within the verifier's tolerance: never by arithmetic alone,
/// never when two different sets would, never on a page with more than `maxDoubtful` rows in
/// doubt (a page read that badly is for a person). A forged IPK stays a disagreement unless
/// second readings that differ happen to add up to it.
enum TranscriptSecondLook {
    /// What a row's cells show on a second look, where that differs from the first reading.
    struct Alternative: Equatable, Sendable {
        var sks: Int
        var grade: String
    }

    /// The rows with the one smallest reconciling set of second readings applied; nil when the
    /// IPKs already agree, nothing reconciles them, or two sets of the same size would.
    static func settled(
        _ rows: [CourseRow], printed: Double, alternatives: [Int: [Alternative]], scale: GradeScale,
        tolerance: Double = 0.02, maxChanges: Int = 3, maxDoubtful: Int = 8
    ) -> [CourseRow]? {
        let verifier = TranscriptVerifier(scale: scale, tolerance: tolerance)
        let doubtful = alternatives.filter { rows.indices.contains($0.key) && !$0.value.isEmpty }.keys.sorted()
        guard verifier.agrees(printed, with: rows) == false, !doubtful.isEmpty, doubtful.count <= maxDoubtful else { return nil }
        for size in 1...min(maxChanges, doubtful.count) {
            var solutions: [[CourseRow]] = []
            func search(from start: Int, _ changed: [CourseRow], left: Int) {
                guard left > 0 else {
                    if verifier.agrees(printed, with: changed) == true, !solutions.contains(changed) { solutions.append(changed) }
                    return
                }
                for position in start..<doubtful.count {
                    let index = doubtful[position]
                    for alternative in alternatives[index] ?? [] {
                        var next = changed
                        next[index].sks = alternative.sks
                        next[index].grade = alternative.grade
                        search(from: position + 1, next, left: left - 1)
                    }
                }
            }
            search(from: 0, rows, left: size)
            if !solutions.isEmpty { return solutions.count == 1 ? solutions.first : nil }
        }
        return nil
    }

    /// A row's cells read again on the page: the grade cell (its box, half a height around it,
    /// a sign's room to the right) with the grade's alphabet, a bare letter's fainter minus by
    /// its ink, the SKS cell with digits. Every differing combination of what the two readings show.
    static func alternatives(for row: CourseRow, cells: TranscriptTable.Cells, on page: Pix, engine: TesseractEngine, scale: GradeScale) -> [Alternative] {
        var grades = [row.grade], credits = [row.sks]
        let numeric = row.grade.first?.isNumber == true
        if let read = reread(cells.grade, on: page, rightMargin: 2, alphabet: numeric ? "0123456789.," : "ABCDE+-", valid: { scale.canonical($0) != nil }, engine: engine),
            let grade = scale.canonical(read) { grades.append(grade) }
        if !numeric, row.grade.count == 1, scale.points[row.grade + "-"] != nil, TranscriptGradeSign.minus(after: cells.grade, on: page, contrast: 10) {
            grades.append(row.grade + "-")
        }
        if let read = reread(cells.sks, on: page, rightMargin: 1, alphabet: "0123456789", valid: { TranscriptTable.sksValue($0) != nil }, engine: engine),
            let value = TranscriptTable.sksValue(read) { credits.append(value) }
        var found: [Alternative] = []
        for sks in credits {
            for grade in grades where (sks, grade) != (row.sks, row.grade) && !found.contains(Alternative(sks: sks, grade: grade)) {
                found.append(Alternative(sks: sks, grade: grade))
            }
        }
        return found
    }

    /// The text of `word`'s cell read as one line with `alphabet`: the box with half its height
    /// above, below and left, `rightMargin` heights to the right.
    static func reread(_ word: OCRWord, on page: Pix, rightMargin: Int, alphabet: String, valid: (String) -> Bool, engine: TesseractEngine) -> String? {
        let box = word.box, height = box.height
        guard height >= 4, let cell = page.crop(x: box.x - height / 2, y: box.y - height / 2, width: box.width + height / 2 + rightMargin * height, height: height * 2) else { return nil }
        return TranscriptCellReread.read(cell, alphabet: alphabet, valid: valid, engine: engine)?.text
    }
}
