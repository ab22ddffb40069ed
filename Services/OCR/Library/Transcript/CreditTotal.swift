import Contracts
import Foundation

/// A credit total printed inside a course table ("Jumlah 21", "Total SKS : 18"): what the rows
/// above it add up to. A row that OCR never saw leaves no unreadable line behind, only a total
/// the rows read fall short of. Invariant: `printed` is 1…300; the ranges index the reading's rows.
public struct CreditTotal: Sendable, Equatable {
    public var printed: Int
    /// The rows since the table's previous total.
    public var sinceLast: Range<Int>
    /// The rows since the table began.
    public var sinceStart: Range<Int>
    /// The other whole numbers printed after the label on the same line: a two-level header's
    /// credits ("Jumlah 16 1 17" under T, P and Jml), any of which the rows may add up to.
    public var alongside: [Int] = []

    /// Whether `rows` (the whole reading's) add up to the printed total (or a number alongside it): the rows since the last
    /// total, since the table's start or since the document's, or every row read (a grand total
    /// under the left of two tables side by side); all of them or those passed (a grade worth
    /// points: "SKS Lulus").
    /// A total of 100–199 may be its colon read as a "1" before the number (": 26" read "126"): the
    /// number alone agrees too (the rows read would have to lack exactly 100 credits otherwise).
    public func agrees(with rows: [CourseRow], scale: GradeScale) -> Bool {
        guard sinceStart.upperBound <= rows.count else { return false }
        let spans = [sinceLast, sinceStart, 0..<sinceStart.upperBound, 0..<rows.count]
        let readings = ((100..<200).contains(printed) ? [printed, printed - 100] : [printed]) + alongside
        return spans.contains { span in
            let slice = rows[span]
            return readings.contains(slice.map(\.sks).reduce(0, +))
                || readings.contains(slice.filter { (scale.value(of: $0.grade) ?? 0) > 0 }.map(\.sks).reduce(0, +))
        }
    }

    /// No study programme asks more credits than this (an Indonesian S1 asks 144–160).
    static let mostCredits = 160

    /// "Jumlah 21 80,00", "Total SKS : 18": the first whole number (1…300) after a totals line's
    /// label; a number before it is a row's or a sheet's row number ("41  Jumlah SKS  78"), unless
    /// none follows ("28 SKS"). One above ``mostCredits`` is its colon read as a digit ("245" for
    /// ": 45"): the rest is the total; so is a "1" standing before another whole number ("1 46" for ": 46").
    static func printed(on line: [String]) -> Int? {
        guard let label = label(in: line) else { return nil }
        let numbers = line.map { token -> Int? in
            guard let number = wholeNumber(token), (1...300).contains(number.value) else { return nil }
            return number.value > mostCredits ? Int(number.digits.dropFirst()).flatMap { $0 > 0 ? $0 : nil } : number.value
        }
        guard let first = numbers[label...].firstIndex(where: { $0 != nil }) ?? numbers.lastIndex(where: { $0 != nil }) else { return nil }
        if line[first] == "1", first + 1 < numbers.count, let next = numbers[first + 1] { return next }
        return numbers[first]
    }

    /// The whole numbers (1…``mostCredits``) after a totals line's label other than the first
    /// (``printed(on:)``'s): "Jumlah 16 1 17" gives 1 and 17.
    static func alongside(on line: [String]) -> [Int] {
        guard let label = label(in: line) else { return [] }
        return Array(line[(label + 1)...].compactMap { wholeNumber($0)?.value }.filter { (1...mostCredits).contains($0) }.dropFirst())
    }

    /// Where a totals line's label stands: Jumlah, Total, Subtotal or SKS.
    private static func label(in line: [String]) -> Int? {
        line.firstIndex { ["jumlah", "total", "subtotal", "sks"].contains($0.lowercased().filter(\.isLetter)) }
    }

    /// A token that is a whole number once a colon, bar or bracket around it is trimmed, and its digits.
    private static func wholeNumber(_ token: String) -> (value: Int, digits: String)? {
        let digits = token.trimmingCharacters(in: CharacterSet(charactersIn: ":;|()"))
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let value = Int(digits) else { return nil }
        return (value, digits)
    }

    /// The totals of several tables or pages read one after another, each part's ranges moved past
    /// the rows of the parts before it. `runOn`: the parts are pages of one table, so a part's first
    /// total counts from the previous part's last total (a group of rows running over a page break
    /// is totalled on the later page).
    static func joined(_ parts: [(totals: [CreditTotal], rows: Int)], runOn: Bool) -> [CreditTotal] {
        var before = 0, joined: [CreditTotal] = []
        for part in parts {
            for total in part.totals {
                var moved = CreditTotal(printed: total.printed, sinceLast: total.sinceLast.lowerBound + before..<total.sinceLast.upperBound + before,
                    sinceStart: total.sinceStart.lowerBound + before..<total.sinceStart.upperBound + before, alongside: total.alongside)
                if runOn, moved.sinceLast.lowerBound == before { moved.sinceLast = (joined.last?.sinceLast.upperBound ?? 0)..<moved.sinceLast.upperBound }
                joined.append(moved)
            }
            before += part.rows
        }
        return joined
    }
}
