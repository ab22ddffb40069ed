import CLeptonica
import Contracts
import Foundation
import ServiceKit

/// A printed IPK that disagrees with the recomputed one is more often one grade's sign lost (a
/// faint "B-" read "B") than a forged IPK. The rows whose bare letter grade, with a sign added, would make
/// the two agree within the verifier's tolerance are suspects; each suspect's grade cell is looked
/// at again (a fainter minus by its ink, the cell read with the grade alphabet) and the grade is
/// changed only when exactly one cell shows the other grade. Arithmetic alone never changes a
/// grade, and a forged IPK (0.15 or more off) is not what one sign explains.
enum TranscriptIPKSlip {
    /// Rows (index, the grade that would agree) whose bare letter grade, with a sign added,
    /// reconciles the printed IPK.
    static func suspects(_ reading: TranscriptReading, scale: GradeScale, tolerance: Double = 0.02) -> [(index: Int, grade: String)] {
        let verifier = TranscriptVerifier(scale: scale, tolerance: tolerance)
        guard let printed = reading.ipkPrinted, let ipk = verifier.ipk(reading.rows), abs(printed - ipk) > tolerance else { return [] }
        var found: [(index: Int, grade: String)] = []
        for (index, row) in reading.rows.enumerated() {
            let base = row.grade.filter(\.isLetter)
            // only a sign lost: a re-read drops a faint sign far more often than it invents one
            guard !base.isEmpty, base == row.grade else { continue }
            for variant in [base + "-", base + "+"] where scale.points[variant] != nil {
                var rows = reading.rows
                rows[index].grade = variant
                if let changed = verifier.ipk(rows), abs(printed - changed) <= tolerance { found.append((index, variant)) }
            }
        }
        return found
    }

    /// Whether the page shows `grade` in the cell of `word` (the grade as first read).
    static func shows(_ grade: String, at word: OCRWord, on page: Pix, engine: TesseractEngine, scale: GradeScale) -> Bool {
        if grade == (scale.canonical(word.text) ?? word.text.uppercased()) + "-", TranscriptGradeSign.minus(after: word, on: page, contrast: 10) { return true }
        let box = word.box
        let x = max(0, box.x - box.height / 2), y = max(0, box.y - box.height / 2)
        guard let cell = page.crop(x: x, y: y, width: min(page.width - x, box.width + 3 * box.height), height: box.height * 2),
            let read = TranscriptCellReread.read(cell, alphabet: "ABCDE+-", valid: { scale.canonical($0) != nil }, engine: engine) else { return false }
        return scale.canonical(read.text) == grade
    }
}

extension TranscriptReader {
    /// One page's reading with a sign slip settled (see ``TranscriptIPKSlip``); `bytes` the page image, `angle` its levelling.
    func settlingSignSlip(_ reading: TranscriptReading, words: [OCRWord], page bytes: [UInt8], angle: Double = 0, scale: GradeScale) async throws -> TranscriptReading {
        let suspects = TranscriptIPKSlip.suspects(reading, scale: scale)
        guard !suspects.isEmpty, suspects.count <= 4 else { return reading }
        let table = TranscriptTable(words: words, scale: scale), lines = TranscriptTable.rows(of: words)
        let cells: [(index: Int, grade: String, word: OCRWord)] = suspects.compactMap { suspect in
            let row = reading.rows[suspect.index]
            guard let line = lines.first(where: { TranscriptTable.row($0, headers: table.headers, scale: scale) == row }),
                let word = line.first(where: { word in
                    table.headers.min { $0.distance(to: word) < $1.distance(to: word) }?.column == .grade && scale.canonical(word.text) == row.grade
                }) else { return nil }
            return (suspect.index, suspect.grade, word)
        }
        guard !cells.isEmpty else { return reading }
        let decoding = decoding
        let confirmed = try await pool.run { engine throws(APIError) in
            let page = Self.prepared(try decoding.decode(bytes), angle: angle)
            return cells.filter { TranscriptIPKSlip.shows($0.grade, at: $0.word, on: page, engine: engine, scale: scale) }.map { [$0.index: $0.grade] }
        }
        guard confirmed.count == 1, let (index, grade) = confirmed.first?.first else { return reading }
        var settled = reading
        settled.rows[index].grade = grade
        return settled
    }
}
