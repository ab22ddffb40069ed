import CLeptonica

/// A second, independent reading of a doubtful NIK. The glyph templates decide digits 13–16
/// (the serial) on their own: no structure check covers them, so a glyph whose best template
/// wins by a hair is a coin toss. Where any position is that close, the band is also read by
/// Tesseract (one line, digits only) and that reading votes: each of its digits gains
/// `voteWeight` in its position's scores. A clear template decision outweighs the vote; a
/// reading that does not line up with the glyphs (another digit count, or agreeing on fewer
/// than half the positions, i.e. shifted) casts no vote.
extension NIKReread {
    /// What one agreeing Tesseract digit adds to a position's score (templates score −1…1).
    static let voteWeight: Float = 0.15

    /// True when, in the serial (digits 13–16, which nothing else checks), some position's best
    /// two digits are closer than the vote's weight. Region and date digits are settled by the
    /// NIK's structure and the card's other fields, so they alone do not pay for a second read.
    static func isDoubtful(_ alternatives: [[Float]]) -> Bool {
        alternatives.suffix(4).contains { scores in
            let ranked = scores.sorted(by: >)
            return ranked.count > 1 && ranked[0] - ranked[1] < voteWeight
        }
    }

    /// `alternatives` with `digits` voted in, or nil when the two readings do not line up.
    static func voting(_ alternatives: [[Float]], for digits: String) -> [[Float]]? {
        let read = digits.compactMap(\.wholeNumberValue)
        guard read.count == alternatives.count, read.count == NIKGlyphReader.digits, alternatives.allSatisfy({ $0.count == 10 }) else { return nil }
        let glyphDigits = alternatives.map { scores in scores.indices.max { scores[$0] < scores[$1] } ?? 0 }
        guard zip(glyphDigits, read).filter({ $0 == $1 }).count * 2 >= read.count else { return nil }
        var voted = alternatives
        for (position, digit) in read.enumerated() { voted[position][digit] += voteWeight }
        return voted
    }

    /// The NIK's rows of the band (the tallest inked run, a third of its height added above and
    /// below) read by Tesseract as one line of digits, enlarged to a 64-pixel height; or nil.
    func tesseractDigits(_ band: Pix, engine: TesseractEngine) -> (digits: String, confidence: Double)? {
        var line = band
        if let gray = GrayImage(band), let rows = NIKGlyphReader.textRowRange(gray, threshold: gray.otsuThreshold()) {
            let pad = rows.count / 3
            line = band.crop(x: 0, y: rows.lowerBound - pad, width: band.width, height: rows.count + 2 * pad) ?? band
        }
        let scale = max(1, 64 / Double(max(line.height, 1)))
        let big = scale > 1.05 ? line.map { pixScaleGrayLI($0, Float(scale), Float(scale)) } : line
        let result = engine.recognize(big, mode: .singleLine, whitelist: "0123456789")
        let digits = result.text.filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        return (String(digits), result.lines.map(\.confidence).reduce(0, +) / Double(max(result.lines.count, 1)))
    }
}
