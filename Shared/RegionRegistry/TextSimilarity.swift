/// Edit-distance similarity used to recognise misread labels and snap values to vocabularies.
public enum TextSimilarity {
    /// Levenshtein distance over Unicode scalars.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// 1 − distance / longer length: 1 for equal strings, 0 for nothing in common.
    public static func ratio(_ a: String, _ b: String) -> Double {
        let longest = max(a.unicodeScalars.count, b.unicodeScalars.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(distance(a, b)) / Double(longest)
    }

    /// The closest of `candidates` to `value` and its ratio.
    public static func best(_ value: String, in candidates: [String]) -> (value: String, score: Double)? {
        candidates.map { ($0, ratio(value, $0)) }.max { $0.1 < $1.1 }
    }
}
