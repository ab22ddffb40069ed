import CLeptonica
import Contracts

/// Word gaps measured in the ink. Printers kern a word gap next to a sloping capital (`A`,
/// `V`, `Y`, `T`), so "GRAHA ASRI" or "ELLA USADA" leaves a blank no wider than the one beside
/// an `I` inside a word, and Tesseract runs the words together even when the line is read
/// alone. What tells them apart is the letters on either side: two `A`s of one word nearly
/// touch, a stem's side leaves a gap. The word's ink falls into column-separated pieces, each
/// holding one letter or a few that touch (matched by their widths, `+TouchingLetters`), which
/// gives each gap its two letters; a gap wider than
/// those letters' own side bearings by `excess` of the capital height (and by 2.5 pixels, above
/// the rounding of a small print) is a word break.
/// Only a gap beside a sloping capital is considered: that is where a printer kerns a word
/// gap; a gap elsewhere that wide is read as a space by Tesseract already, and one it missed is
/// more likely a thin stroke lost to blur (an R's leg). No recognition is run.
extension FieldReread {
    /// The words with breaks added where the ink shows them, or nil when it shows none.
    func splitAtInkGaps(_ words: [OCRWord], excess: Double = 0.13) -> [OCRWord]? {
        let heights = words.map(\.box.height).sorted()
        guard !heights.isEmpty else { return nil }
        let capital = Double(heights[heights.count / 2])
        var out: [OCRWord] = [], changed = false
        for word in words {
            let letters = Array(word.text)
            guard letters.count >= 4, letters.allSatisfy({ $0.isLetter || $0.isNumber }),
                let crop = card.text.crop(x: word.box.x, y: word.box.y, width: word.box.width, height: word.box.height),
                let gray = GrayImage(crop) else { out.append(word); continue }
            let inked = Self.inkedColumns(in: gray, rows: 0..<gray.height)
            let runs = Self.blankRuns(inked, atLeast: 1), pieces = Self.pieces(inked, between: runs)
            guard let groups = Self.letterGroups(pieces: pieces, letters: letters, capital: capital) else { out.append(word); continue }
            var start = 0, pieceX = word.box.x
            for (piece, run) in runs.enumerated() {
                let index = groups[piece].upperBound - 1
                let left = letters[index], right = letters[index + 1]
                let beyond = Double(run.count) - capital * (Self.bearing(after: left) + Self.bearing(before: right))
                guard "AVWYT".contains(left) || "AVWYT".contains(right), beyond >= max(capital * excess, 2.5), Self.isWord(letters[start...index]), Self.isWord(letters[(index + 1)...]) else { continue }
                let cut = word.box.x + (run.lowerBound + run.upperBound) / 2
                out.append(OCRWord(text: String(letters[start...index]), box: Box(x: pieceX, y: word.box.y, width: cut - pieceX, height: word.box.height), confidence: word.confidence))
                start = index + 1
                pieceX = cut
                changed = true
            }
            if start == 0 { out.append(word); continue }
            out.append(OCRWord(text: String(letters[start...]), box: Box(x: pieceX, y: word.box.y, width: word.box.x + word.box.width - pieceX, height: word.box.height), confidence: word.confidence))
        }
        return changed ? out : nil
    }

    /// A piece a break may leave: two characters or more, or a Roman numeral closing the word
    /// ("MUSHOLLA I"); a lone letter is far more often a misplaced cut ("ENDR A").
    static func isWord(_ piece: ArraySlice<Character>) -> Bool {
        piece.count >= 2 || piece.first.map { "IVX".contains($0) } == true && piece.endIndex > 3
    }

    /// The blank a capital of a sans-serif face leaves on its right, in capital heights.
    static func bearing(after letter: Character) -> Double {
        if "AVWXYT7/Z".contains(letter) { return 0.02 }
        if "COQGS0369BDPE8FLKR".contains(letter) { return 0.08 }
        return 0.14
    }

    /// The blank a capital leaves on its left, in capital heights.
    static func bearing(before letter: Character) -> Double {
        if "AVWXYT/Z".contains(letter) { return 0.02 }
        if "COQGSJ0369".contains(letter) { return 0.08 }
        return 0.14
    }

    /// Runs of columns without ink between the line's first and last inked column.
    static func blankRuns(in gray: GrayImage, rows: Range<Int>, atLeast width: Int) -> [Range<Int>] {
        blankRuns(inkedColumns(in: gray, rows: rows), atLeast: width)
    }

    /// Whether each column holds ink (darker than the crop's Otsu threshold) in `rows`.
    static func inkedColumns(in gray: GrayImage, rows: Range<Int>) -> [Bool] {
        guard !rows.isEmpty else { return [] }
        let threshold = Int(gray.otsuThreshold())
        var inked = [Bool](repeating: false, count: gray.width)
        for x in 0..<gray.width {
            var count = 0
            for y in rows where Int(gray[x, y]) < threshold { count += 1 }
            inked[x] = count > 0
        }
        return inked
    }

    static func blankRuns(_ inked: [Bool], atLeast width: Int) -> [Range<Int>] {
        guard let first = inked.firstIndex(of: true), let last = inked.lastIndex(of: true) else { return [] }
        var runs: [Range<Int>] = [], start: Int?
        for x in first...last {
            if !inked[x] { start = start ?? x } else if let begun = start {
                if x - begun >= width { runs.append(begun..<x) }
                start = nil
            }
        }
        return runs
    }

    /// The widths of the inked pieces the blank runs separate.
    static func pieces(_ inked: [Bool], between runs: [Range<Int>]) -> [Int] {
        guard let first = inked.firstIndex(of: true), let last = inked.lastIndex(of: true) else { return [] }
        let starts = [first] + runs.map(\.upperBound), ends = runs.map(\.lowerBound) + [last + 1]
        return zip(starts, ends).map { $1 - $0 }
    }
}
