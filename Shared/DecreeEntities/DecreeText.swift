/// One token of a decree text. Offsets count Unicode scalars of the whole text; `line` is the
/// 0-based line and `column` the token's index within its line.
public struct DecreeToken: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
}

/// A text cut into tokens: whitespace separates, brackets, colons, semicolons, commas and
/// quotes stand alone, a final full stop after a digit or in a token with `/` (`IV/c.`) stands alone, and a label glued to a long
/// number (`NIP198503…`) is cut before the number. Invariant: tokens are ordered, disjoint and
/// never contain whitespace.
public struct DecreeText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [DecreeToken]

    static let standalone: Set<Unicode.Scalar> = [":", ";", "(", ")", "[", "]", "\"", ",", "“", "”"]

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var tokens: [DecreeToken] = []
        var line = 0, column = 0, index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                line += 1
                column = 0
                index += 1
                continue
            }
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            for (start, stop) in Self.pieces(scalars, index, end) {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<stop])
                tokens.append(DecreeToken(text: String(piece), start: start, end: stop, line: line, column: column))
                column += 1
            }
            index = end
        }
        self.tokens = tokens
    }

    /// The scalars `start..<end` as a string.
    public func slice(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(view)
    }

    static func pieces(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = from
        var i = from
        func flush(_ end: Int) {
            if end > start { out.append((start, end)) }
            start = end
        }
        while i < to {
            let c = s[i]
            if standalone.contains(c) {
                flush(i)
                out.append((i, i + 1))
                start = i + 1
            } else if i > start, isDigit(c), !isDigit(s[i - 1]), s[i - 1] != "-", s[i - 1] != "/", digitRun(s, i, to) >= 6,
                      !s[start..<i].contains(where: { isDigit($0) || $0 == "-" }),
                      s[start..<i].filter({ $0.properties.isAlphabetic }).count >= 2 {
                flush(i)
            }
            i += 1
        }
        if to - start >= 2, s[to - 1] == ".", isDigit(s[to - 2]) || s[start..<(to - 1)].contains("/") {
            flush(to - 1)
        }
        flush(to)
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func digitRun(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
        var n = 0
        while from + n < to, isDigit(s[from + n]) { n += 1 }
        return n
    }
}
