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

    /// A letter read beside its points ("3.70 (A-)" read "3.70 (A)", or "3,70(A)" as one word) whose sign blur took:
    /// the points stand for exactly one letter of `scale` that is this one with a sign ("A-"), and that letter is the
    /// grade. Any other letter the points stand for ("AB" for "A": a whole letter is not lost to blur) leaves it as read.
    static func withSign(_ letter: String, points texts: [String], scale: GradeScale) -> String {
        guard letter.first?.isLetter == true else { return letter }
        for text in texts {
            let figure = text.prefix { $0 != "(" }
            guard !figure.isEmpty, let points = GradeScale.number(String(figure)) else { continue }
            let worth = scale.points.filter { abs($0.value - points) < 0.005 }.map(\.key)
            if worth.count == 1, let signed = worth.first, [letter + "+", letter + "-"].contains(signed) { return signed }
        }
        return letter
    }

    /// Whether the page labels a column of letter grades ("Nilai Huruf", "Huruf Mutu").
    static func labelsLetters(_ words: [OCRWord]) -> Bool {
        words.contains { labelToken($0.text) == "huruf" }
    }
}
