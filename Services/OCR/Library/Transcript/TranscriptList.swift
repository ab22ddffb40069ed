import Contracts
import Foundation

/// A campus app's course list (a phone screenshot): no header and no columns, each course a
/// name line over a "PMT101 • 3 SKS" line, its grade standing alone at the right between the
/// two (a coloured letter Tesseract often drops); or each course a block of labelled values
/// (``keyedItem(at:in:scale:)``). Invariant: an item has a code, a name and SKS
/// 1–8; its grade is nil until read (``TranscriptListGradeReread``).
struct TranscriptList {
    struct Item {
        var code: OCRWord
        var credits: Int
        var sks: OCRWord
        var name: [OCRWord]
        var grade: OCRWord?
        /// The lines the item spans in the page's rows, the name's first to the code's.
        var lines: ClosedRange<Int>
        /// Where the grade stands: right of this x (the item's text and a gap), between the item's top and bottom.
        var gradeLeft: Int
        var span: Range<Int>
    }

    let items: [Item]

    /// The page's list items, when it shows at least three whose codes start at one x.
    init?(_ lines: [[OCRWord]], scale: GradeScale) {
        let found = lines.indices.compactMap { Self.item(endingAt: $0, in: lines, scale: scale) ?? Self.keyedItem(at: $0, in: lines, scale: scale) }
        guard found.count >= 3 else { return nil }
        let lefts = found.map(\.code.box.x).sorted(), left = lefts[lefts.count / 2]
        let height = found.map(\.code.box.height).sorted()[found.count / 2]
        let aligned = found.filter { abs($0.code.box.x - left) <= 2 * height }
        guard aligned.count >= 3 else { return nil }
        items = aligned
    }

    /// The item whose code line is `lines[index]`: a code first, its credits within the next
    /// words ("3 SKS", "3SKS"), only bullets and a far-right grade besides; the name the one or two
    /// lines above, starting where the code starts (a far-right grade there, or on a line of its own, is the grade).
    static func item(endingAt index: Int, in lines: [[OCRWord]], scale: GradeScale) -> Item? {
        let (left, right) = parted(lines[index])
        guard let code = left.first, TranscriptTable.codeValue(code.text) != nil,
            let credits = credits(left.dropFirst().filter { !isBullet($0, beside: code) }) else { return nil }
        var names: [[OCRWord]] = [], farRight = right, top = index
        for above in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            let (words, far) = parted(lines[above])
            if words.count == 1, let only = words.first, only.box.x > code.box.x + 4 * code.box.height, only.text.count <= 3 {
                farRight += [only]
            } else if isName(words, left: code.box.x, height: code.box.height), names.count < 2 {
                names.insert(words, at: 0)
                farRight += far
            } else { break }
            top = above
        }
        guard !names.isEmpty else { return nil }
        let name = Array(names.joined())
        let textRight = (name + left).map { $0.box.x + $0.box.width }.max() ?? 0
        let topY = name.map(\.box.y).min() ?? code.box.y
        let bottom = (left + right).map { $0.box.y + $0.box.height }.max() ?? code.box.y + code.box.height
        let gap = 2 * code.box.height
        let grade = farRight.filter { scale.canonical($0.text) != nil }.max { $0.confidence < $1.confidence }
        return Item(code: code, credits: credits.value, sks: credits.word, name: name, grade: grade, lines: top...index,
            gradeLeft: textRight + gap, span: topY..<max(bottom, topY + 1))
    }

    /// A line's words from the left up to its first wide gap (four word heights), and the words after it.
    static func parted(_ line: [OCRWord]) -> (left: [OCRWord], right: [OCRWord]) {
        let sorted = line.sorted { $0.box.x < $1.box.x }
        guard let first = sorted.first else { return ([], []) }
        var left = [first]
        for word in sorted.dropFirst() {
            guard let last = left.last, word.box.x - (last.box.x + last.box.width) <= 4 * max(last.box.height, word.box.height) else { break }
            left.append(word)
        }
        return (left, Array(sorted.dropFirst(left.count)))
    }

    /// "• 3 SKS" or "3SKS" first after the code, nothing but bullets besides.
    static func credits(_ words: [OCRWord]) -> (value: Int, word: OCRWord)? {
        let kept = words.filter { $0.text.contains { $0.isLetter || $0.isNumber } }
        if kept.count == 1, let word = kept.first, word.text.lowercased().hasSuffix("sks"),
            let value = TranscriptTable.sksValue(String(word.text.dropLast(3))) { return (value, word) }
        guard kept.count == 2, kept[1].text.lowercased().filter(\.isLetter) == "sks",
            let value = TranscriptTable.sksValue(kept[0].text) else { return nil }
        return (value, kept[0])
    }

    /// A bullet between the code and the credits, whatever OCR made of it ("•" read "e", "@", "»"):
    /// one character, under two thirds of the code's height.
    static func isBullet(_ word: OCRWord, beside code: OCRWord) -> Bool {
        word.text.count == 1 && word.box.height * 3 < code.box.height * 2
    }

    /// A course name's line: letter words only, no code, no semester heading or totals, starting at the code's x.
    static func isName(_ words: [OCRWord], left: Int, height: Int) -> Bool {
        guard let first = words.first, abs(first.box.x - left) <= 2 * height else { return false }
        return words.contains { $0.text.filter(\.isLetter).count >= 3 } && !words.contains { TranscriptTable.codeValue($0.text) != nil }
            && !TranscriptLabelReread.isSemesterLabel(first) && !TranscriptTable.isSummary(words)
    }
}
