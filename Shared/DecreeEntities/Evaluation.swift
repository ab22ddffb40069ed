import Foundation

/// Exact-span precision, recall and F1 per label and overall (micro-averaged): a predicted
/// entity counts only when label, start and end all equal a gold entity's.
public struct SpanEvaluation: Sendable {
    public private(set) var truePositives: [EntityLabel: Int] = [:]
    public private(set) var predicted: [EntityLabel: Int] = [:]
    public private(set) var gold: [EntityLabel: Int] = [:]

    public init() {}

    public mutating func add(predicted p: [EntitySpan], gold g: [EntitySpan]) {
        let goldSet = Set(g)
        for span in p {
            predicted[span.label, default: 0] += 1
            if goldSet.contains(span) { truePositives[span.label, default: 0] += 1 }
        }
        for span in g { gold[span.label, default: 0] += 1 }
    }

    /// (precision, recall, F1) in percent for one label, or overall when `label` is nil.
    public func scores(_ label: EntityLabel? = nil) -> (precision: Double, recall: Double, f1: Double) {
        func count(_ table: [EntityLabel: Int]) -> Int { label.map { table[$0] ?? 0 } ?? table.values.reduce(0, +) }
        let tp = Double(count(truePositives)), p = Double(count(predicted)), g = Double(count(gold))
        let precision = p > 0 ? tp / p : 0, recall = g > 0 ? tp / g : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision * 100, recall * 100, f1 * 100)
    }

    /// A table: one line per label and one overall.
    public func report(title: String) -> String {
        func line(_ name: String, _ s: (precision: Double, recall: Double, f1: Double), _ n: Int) -> String {
            func f(_ v: Double) -> String { String(Int((v * 100).rounded())).leftPadded(5, decimals: 2) }
            return name.padding(toLength: 16, withPad: " ", startingAt: 0) + " P " + f(s.precision) + "  R " + f(s.recall) + "  F1 " + f(s.f1) + "  n=\(n)"
        }
        var lines = ["== \(title)"]
        for label in EntityLabel.allCases { lines.append(line(label.rawValue, scores(label), gold[label] ?? 0)) }
        lines.append(line("overall", scores(), gold.values.reduce(0, +)))
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// `"9820"` with 2 decimals → `"98.20"`, left-padded to `width`.
    func leftPadded(_ width: Int, decimals: Int) -> String {
        var digits = self
        while digits.count <= decimals { digits = "0" + digits }
        let text = digits.dropLast(decimals) + "." + digits.suffix(decimals)
        return String(repeating: " ", count: max(0, width + 1 - text.count)) + text
    }
}
