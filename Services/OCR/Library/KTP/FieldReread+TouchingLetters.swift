/// Letters that touch in the ink. A sans-serif face kerns pairs such as `LA`, `LT`, `TA` or
/// `AV` until their strokes meet, and blur joins more, so a word's ink often falls into fewer
/// column-separated pieces than it has letters ("CARLALALA" prints as C·A·R·LA·LA·LA). Which
/// letters each piece holds follows from the letters' widths: capitals of a sans-serif face
/// have widths fixed in proportion to their height (`M` and `W` wide, `I` a single stem), so
/// the pieces are matched to runs of consecutive letters by those widths. The match is kept
/// only when every piece is close to the width its letters should have.
extension FieldReread {
    /// For each ink piece (left to right, widths in pixels), the range of `letters` it holds;
    /// nil when there are more pieces than letters or no assignment fits every piece.
    static func letterGroups(pieces widths: [Int], letters: [Character], capital: Double) -> [Range<Int>]? {
        let m = widths.count, n = letters.count
        guard m >= 1, m <= n, capital > 0 else { return nil }
        if m == n { return (0..<n).map { $0..<($0 + 1) } }
        let own = letters.map(inkWidth(of:))
        // The face's width relative to the reference faces (condensed or wide prints differ).
        let scale = Double(widths.reduce(0, +)) / max(1, capital * own.reduce(0, +))
        guard (0.7...1.45).contains(scale) else { return nil }
        func expected(_ range: Range<Int>) -> Double {
            var width = range.map { own[$0] }.reduce(0, +)
            for index in range.dropLast() { width += 0.5 * max(0, bearing(after: letters[index]) + bearing(before: letters[index + 1]) - 0.1) }
            return width * capital * scale
        }
        func misfit(_ width: Int, _ range: Range<Int>) -> Double {
            let want = expected(range)
            return abs(Double(width) - want) / (0.12 * capital + 0.12 * want)
        }
        // best[j][i]: least total misfit of the first j pieces holding the first i letters.
        let worst = Double.infinity
        var best = [[Double]](repeating: [Double](repeating: worst, count: n + 1), count: m + 1)
        var from = [[Int]](repeating: [Int](repeating: -1, count: n + 1), count: m + 1)
        best[0][0] = 0
        for j in 1...m {
            for i in j...(n - (m - j)) {
                for k in (j - 1)..<i where best[j - 1][k] < worst {
                    let cost = best[j - 1][k] + pow2(misfit(widths[j - 1], k..<i))
                    if cost < best[j][i] { best[j][i] = cost; from[j][i] = k }
                }
            }
        }
        guard best[m][n] < worst else { return nil }
        var groups: [Range<Int>] = [], end = n
        for j in stride(from: m, to: 0, by: -1) {
            let start = from[j][end]
            groups.insert(start..<end, at: 0)
            end = start
        }
        return zip(widths, groups).allSatisfy({ misfit($0, $1) <= 2 }) ? groups : nil
    }

    private static func pow2(_ x: Double) -> Double { x * x }

    /// The ink width of a capital or digit of a sans-serif face, in capital heights (the mean
    /// of Liberation Sans and DejaVu Sans, which span the faces cards are printed in).
    static func inkWidth(of letter: Character) -> Double {
        switch letter {
        case "I", "'", "|", "!": 0.14
        case "J": 0.48
        case "F", "L": 0.64
        case "E", "P": 0.72
        case "B", "S": 0.76
        case "H", "N", "U": 0.8
        case "K", "Z", "R", "T": 0.83
        case "C", "D", "X", "Y": 0.87
        case "G", "A", "V", "M", "O", "Q": 0.94
        case "W": 1.32
        case ".", ",": 0.14
        case "-": 0.45
        case "1": 0.4
        default: letter.isNumber ? 0.62 : 0.8
        }
    }
}
