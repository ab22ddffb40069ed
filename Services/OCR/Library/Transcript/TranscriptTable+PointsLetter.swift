import Contracts
import Foundation

extension TranscriptTable {
    /// A table that prints letter grades (at least three rows, and a third of them, read a letter:
    /// a page of numeric grades never shows three; one of two tables side by side may have lost all its letters;
    /// or a "Huruf" label over them and one row read a letter: OCR drops a lone "A" often) also
    /// prints each letter's points beside it ("B | 3.00"); a row whose letter OCR lost took those
    /// points for its grade. They stand for the one letter of `scale` worth exactly that much, and
    /// that letter is the row's grade; points no letter is worth ("2.99", a misread) stay as read.
    static func withLettersForPoints(_ rows: [CourseRow], scale: GradeScale, labelled: Bool = false) -> [CourseRow] {
        let letters = rows.filter { $0.grade.first?.isLetter == true }.count
        guard letters >= 3 && letters * 3 >= rows.count || labelled && letters >= 1, letters < rows.count else { return rows }
        return rows.map { row in
            guard row.grade.first?.isNumber == true, let points = Double(row.grade) else { return row }
            let worth = scale.points.filter { abs($0.value - points) < 0.005 }.map(\.key)
            guard worth.count == 1, let letter = worth.first else { return row }
            var lettered = row
            lettered.grade = letter
            return lettered
        }
    }

    /// Whether the page labels a column of letter grades ("Nilai Huruf", "Huruf Mutu").
    static func labelsLetters(_ words: [OCRWord]) -> Bool {
        words.contains { labelToken($0.text) == "huruf" }
    }
}
