/// Reads the 16 NIK digits from a grey band around the NIK: finds the ink, cuts it into glyphs
/// at the gaps between them (splitting touching glyphs and dropping the colon by the fixed
/// pitch of the monospaced face), and classifies each glyph against rendered templates.
struct NIKGlyphReader: Sendable {
    let classifier: DigitClassifier
    static let digits = 16

    struct Reading: Sendable {
        var digits: String
        var confidence: Double
        var weakest: Double
        var perDigit: [Double]
        /// For each of the 16 positions, the score of every digit 0–9 (for structured decoding).
        var alternatives: [[Float]]
    }

    func read(_ whole: GrayImage) -> Reading? {
        let threshold = whole.otsuThreshold()
        guard let band = Self.textRows(whole, threshold: threshold) else { return nil }
        var columns = [Int](repeating: 0, count: band.width)
        for y in 0..<band.height {
            for x in 0..<band.width where band[x, y] < threshold { columns[x] += 1 }
        }
        let minimumInk = max(1, band.height / 20)
        var runs: [(start: Int, end: Int)] = []
        var start: Int?
        for x in 0...band.width {
            let ink = x < band.width && columns[x] >= minimumInk
            if ink, start == nil { start = x }
            if !ink, let begun = start {
                runs.append((begun, x))
                start = nil
            }
        }
        runs = Self.droppingColon(runs, in: band, threshold: threshold)
        var candidates: [[(start: Int, end: Int)]] = [Self.glyphs(from: runs), Self.grid(from: runs)]
        if runs.count > 1 {
            candidates.append(Self.grid(from: Array(runs.dropFirst())))
            candidates.append(Self.grid(from: Array(runs.dropLast())))
        }
        return candidates.filter { $0.count == Self.digits }.compactMap { classify($0, in: band, threshold: threshold) }
            .max { $0.confidence < $1.confidence }
    }

    /// Runs without a leading colon printed close to the digits: a narrow run whose ink covers
    /// well under the glyph height (two dots with a gap), which would shift every cell by one.
    static func droppingColon(_ runs: [(start: Int, end: Int)], in band: GrayImage, threshold: UInt8) -> [(start: Int, end: Int)] {
        guard runs.count > 4 else { return runs }
        let widths = runs.map { $0.end - $0.start }.sorted()
        let typical = Double(widths[widths.count / 2])
        var kept = runs
        while kept.count > Self.digits, let first = kept.first, Double(first.end - first.start) < 0.6 * typical {
            var inkedRows = 0
            for y in 0..<band.height where (first.start..<first.end).contains(where: { band[$0, y] < threshold }) { inkedRows += 1 }
            guard Double(inkedRows) < 0.7 * Double(band.height) else { break }
            kept.removeFirst()
        }
        return kept
    }

    /// The band cut to the tallest run of inked rows: the NIK's large glyphs, without the top of
    /// the name line below or the header above that a generous crop takes in.
    static func textRows(_ band: GrayImage, threshold: UInt8) -> GrayImage? {
        guard let rows = textRowRange(band, threshold: threshold) else { return nil }
        var pixels: [UInt8] = []
        pixels.reserveCapacity(band.width * rows.count)
        for y in rows { pixels += band.pixels[(y * band.width)..<((y + 1) * band.width)] }
        return GrayImage(width: band.width, height: rows.count, pixels: pixels)
    }

    /// The rows `textRows` keeps (one row of margin each side), or nil when no run is 6 rows tall.
    static func textRowRange(_ band: GrayImage, threshold: UInt8) -> Range<Int>? {
        var rows = [Int](repeating: 0, count: band.height)
        for y in 0..<band.height {
            for x in 0..<band.width where band[x, y] < threshold { rows[y] += 1 }
        }
        let minimum = max(2, band.width / 100)
        var best: (start: Int, end: Int, ink: Int)?, start: Int?, ink = 0
        for y in 0...band.height {
            let inked = y < band.height && rows[y] >= minimum
            if inked {
                if start == nil { start = y; ink = 0 }
                ink += rows[y]
            } else if let begun = start {
                if ink > (best?.ink ?? 0) { best = (begun, y, ink) }
                start = nil
            }
        }
        guard let best, best.end - best.start >= 6 else { return nil }
        return max(0, best.start - 1)..<min(band.height, best.end + 1)
    }

    /// Classifies each glyph cell; nil when a cell holds no ink.
    private func classify(_ glyphs: [(start: Int, end: Int)], in band: GrayImage, threshold: UInt8) -> Reading? {
        var text = "", scores: [Double] = [], alternatives: [[Float]] = []
        for glyph in glyphs {
            var top = band.height, bottom = 0
            for y in 0..<band.height {
                for x in glyph.start..<glyph.end where band[x, y] < threshold {
                    top = min(top, y)
                    bottom = max(bottom, y)
                }
            }
            guard bottom > top else { return nil }
            let pixels = band.resampled(x: glyph.start, y: top, width: glyph.end - glyph.start, height: bottom - top + 1, to: NIKDigitTemplates.width, NIKDigitTemplates.height)
            let result = classifier.classify(pixels)
            text += String(result.digit)
            alternatives.append(result.all)
            scores.append(Double(max(0, result.score)) * min(1, 0.5 + Double(result.margin) * 5))
        }
        return Reading(digits: text, confidence: scores.reduce(0, +) / Double(scores.count), weakest: scores.min() ?? 0, perDigit: scores, alternatives: alternatives)
    }

    /// Ink runs turned into glyphs: drop specks and the colon, merge a broken glyph, split
    /// touching glyphs, all judged against the typical glyph width.
    static func glyphs(from runs: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
        var glyphs = runs.filter { $0.end - $0.start >= 2 }
        guard glyphs.count >= 4 else { return glyphs }
        let widths = glyphs.map { $0.end - $0.start }.sorted()
        let typical = Double(widths[widths.count / 2])
        glyphs = longestCluster(glyphs, maximumGap: 1.6 * typical)
        let span = Double((glyphs.last?.end ?? 0) - (glyphs.first?.start ?? 0))
        let pitch = max(typical, span / Double(digits))
        while glyphs.count > digits, let first = glyphs.first, Double(first.end - first.start) < 0.45 * typical {
            glyphs.removeFirst()
        }
        var split: [(start: Int, end: Int)] = []
        for glyph in glyphs {
            let width = Double(glyph.end - glyph.start)
            let parts = max(1, Int((width / pitch).rounded()))
            if parts > 1 && width > 1.5 * typical {
                for k in 0..<parts {
                    split.append((glyph.start + Int(Double(k) * width / Double(parts)), glyph.start + Int(Double(k + 1) * width / Double(parts))))
                }
            } else {
                split.append(glyph)
            }
        }
        while split.count > digits, let index = closestPair(split) {
            split[index] = (split[index].start, split[index + 1].end)
            split.remove(at: index + 1)
        }
        return split
    }

    /// Cells of a fixed pitch across the ink span, for a monospaced face whose glyphs touch or
    /// break apart so that gaps cannot separate them.
    static func grid(from runs: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
        var kept = runs.filter { $0.end - $0.start >= 2 }
        guard kept.count >= 4 else { return [] }
        let widths = kept.map { $0.end - $0.start }.sorted()
        let typical = Double(widths[widths.count / 2])
        kept = longestCluster(kept, maximumGap: 1.6 * typical)
        if let first = kept.first, Double(first.end - first.start) < 0.35 * typical, kept.count > 1 { kept.removeFirst() }
        guard let left = kept.first?.start, let right = kept.last?.end else { return [] }
        let pitch = Double(right - left) / (Double(digits) - 0.25)
        return (0..<digits).map { index in
            let start = Double(left) + Double(index) * pitch
            return (max(left, Int(start - 0.08 * pitch)), min(right, Int(start + 0.9 * pitch)))
        }
    }

    /// The longest sequence of runs separated by gaps no wider than `maximumGap`: the NIK,
    /// without a photo edge or a stray mark further along the band.
    static func longestCluster(_ runs: [(start: Int, end: Int)], maximumGap: Double) -> [(start: Int, end: Int)] {
        var best: [(start: Int, end: Int)] = [], current: [(start: Int, end: Int)] = []
        for run in runs {
            if let last = current.last, Double(run.start - last.end) > maximumGap {
                if current.count > best.count { best = current }
                current = []
            }
            current.append(run)
        }
        return current.count > best.count ? current : best
    }

    private static func closestPair(_ glyphs: [(start: Int, end: Int)]) -> Int? {
        guard glyphs.count > 1 else { return nil }
        return (0..<(glyphs.count - 1)).min { a, b in
            (glyphs[a + 1].end - glyphs[a].start) < (glyphs[b + 1].end - glyphs[b].start)
        }
    }
}
