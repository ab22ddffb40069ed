import Foundation
import Contracts

/// One field as read from the card: its text and how sure OCR was (0…1).
struct ReadValue: Sendable, Equatable {
    var text: String
    var confidence: Double
    var box: Box?
    /// For digit fields read glyph by glyph: each character's confidence.
    var perCharacter: [Double]? = nil
    /// For digit fields: each position's score for every digit 0–9.
    var alternatives: [[Float]]? = nil
    /// The words the value was joined from (boxes and confidences), when read by the layout pass.
    var words: [OCRWord] = []
}

/// Finds the label/colon/value structure in a card's OCR lines: the header (PROVINSI …, the
/// regency), then one labelled value per line. Robust to misread labels (fuzzy match), to a
/// lost colon (the label is the longest word prefix that matches) and to a value wrapped onto
/// the next line (joined to the field above when that line has no label).
struct KTPLayoutParser {
    struct Result: Sendable {
        var values: [KTPLabel: ReadValue] = [:]
        var provinceLine: ReadValue?
        var regencyLine: ReadValue?
        var labelsFound: Int { values.count }
    }

    /// Words starting right of this x (the photo and the place of issue) are not field values.
    var valueLimitX = Int.max
    /// Where the colon column is when no colon was read (the layout is fixed by law).
    var defaultColonX: Int?

    func parse(_ lines: [OCRLine]) -> Result {
        var result = Result()
        let measuredColon = Self.colonColumn(lines)
        let colonX = measuredColon ?? defaultColonX
        var lastLabel: KTPLabel?
        var seenLabel = false
        var labelLines: [KTPLabel: Int] = [:], unlabelled: [(line: Int, words: [OCRWord])] = []
        var scores: [KTPLabel: Double] = [:]
        for (index, line) in lines.enumerated() {
            let words = line.words.filter {
                $0.box.x < valueLimitX && (!$0.text.trimmingCharacters(in: .punctuationCharacters).isEmpty || $0.text.contains(":") || $0.text == "-" || $0.text == "!")
            }
            guard !words.isEmpty else { continue }
            if !seenLabel, KTPLabel.letters(of: words[0].text).hasPrefix("PROV") || KTPLabel.letters(of: line.text).hasPrefix("PROVINSI") {
                result.provinceLine = value(of: Array(words.dropFirst()))
                if index + 1 < lines.count, KTPLabel.match(lines[index + 1].words.first?.text ?? "")?.label != .nik {
                    result.regencyLine = value(of: lines[index + 1].words)
                }
                continue
            }
            var found = split(words, excluding: Set(result.values.keys), labelColumnEnd: colonX)
            if let clearer = clearerRepeat(of: words, scores: scores, labelColumnEnd: colonX) {
                result.values[clearer.label] = nil
                labelLines[clearer.label] = nil
                found = clearer
            }
            guard let (label, rawValue, colonRead, score) = found else {
                if let rest = Self.afterColonMark(words, colonX: measuredColon) {
                    unlabelled.append((index, rest))
                } else if lastLabel == .alamat, let rest = Self.valueAfterUnreadLabel(words, colonX: colonX) {
                    unlabelled.append((index, rest))
                } else if let lastLabel, lastLabel == .alamat, result.values[.alamat] != nil, let extra = value(of: words) {
                    result.values[.alamat]?.text += " " + extra.text
                }
                continue
            }
            seenLabel = true
            lastLabel = label
            labelLines[label] = labelLines[label] ?? index
            scores[label] = score
            let valueWords = Self.droppingColon(rawValue, colonX: colonX, colonRead: colonRead, measured: measuredColon != nil)
            if label == .jenisKelamin {
                let (sex, blood, labelled) = splitBloodType(valueWords)
                result.values[.jenisKelamin] = value(of: sex)
                if let blood = value(of: blood) {
                    result.values[.golonganDarah] = blood
                } else if labelled {
                    result.values[.golonganDarah] = ReadValue(text: "-", confidence: 0.6, box: nil)
                }
            } else if result.values[label] == nil {
                result.values[label] = value(of: valueWords)
            }
        }
        fillingByRowOrder(&result, labelLines: labelLines, unlabelled: unlabelled)
        return result
    }

    /// Where the colons between labels and values stand: the median x of words read as a colon.
    static func colonColumn(_ lines: [OCRLine]) -> Int? {
        let xs = lines.flatMap { $0.words.prefix(5) }.filter { $0.text.hasPrefix(":") || $0.text.hasPrefix(";") }.map(\.box.x).sorted()
        return xs.isEmpty ? nil : xs[xs.count / 2]
    }

    /// A colon OCR read as a letter ("I", "1", "|") is a one-character word right after a
    /// label whose colon was not read, or one standing in the colon column. When the colon
    /// column was measured on the card, a word well right of it is a value (the Balinese "I").
    static func droppingColon(_ words: [OCRWord], colonX: Int?, colonRead: Bool, measured: Bool = false) -> [OCRWord] {
        guard let first = words.first, first.text.count == 1, "1Il|!i:;,.+*'`>~=".contains(first.text) else { return words }
        guard let colonX else { return colonRead ? words : Array(words.dropFirst()) }
        if !colonRead, !measured || first.box.x - colonX <= max(first.box.height, 12) * 2 { return Array(words.dropFirst()) }
        return abs(first.box.x - colonX) <= max(first.box.height, 12) * 3 / 5 ? Array(words.dropFirst()) : words
    }

    /// The label at the start of a line and the words of its value. Labels are printed left of
    /// the colon column (`labelColumnEnd`): a line starting right of it (a value's line, the
    /// NIK's digits read as letters) carries no label, however like one its words read.
    func split(_ words: [OCRWord], excluding taken: Set<KTPLabel> = [], labelColumnEnd: Int? = nil) -> (label: KTPLabel, value: [OCRWord], colonRead: Bool, score: Double)? {
        func mayStartLabel(_ word: OCRWord) -> Bool { labelColumnEnd.map { word.box.x < $0 } ?? true }
        guard let first = words.first else { return nil }
        if mayStartLabel(first), let colon = words.firstIndex(where: { $0.text.contains(":") || $0.text.contains(";") }), colon < 4 {
            let word = words[colon].text
            let cut = word.firstIndex { $0 == ":" || $0 == ";" } ?? word.endIndex
            let labelText = words[..<colon].map(\.text).joined() + String(word[..<cut])
            if let match = KTPLabel.match(labelText, excluding: taken, cutShort: true) {
                var rest = Array(words[(colon + 1)...])
                let tail = String(word[word.index(after: cut)...])
                if !tail.isEmpty { rest.insert(OCRWord(text: tail, box: words[colon].box, confidence: words[colon].confidence), at: 0) }
                return (match.label, rest, true, match.score)
            }
        }
        var best: (label: KTPLabel, score: Double, end: Int)?
        for start in 0...min(1, words.count - 1) where mayStartLabel(words[start]) {
            for count in 1...min(4, words.count - start) {
                let text = words[start..<(start + count)].map(\.text).joined()
                let next = start + count < words.count ? words[start + count].text : ""
                let ended = text.last.map { "!|".contains($0) } == true || (next.count <= 2 && !next.isEmpty && next.allSatisfy { ":;!|=".contains($0) })
                if let match = KTPLabel.match(text, excluding: taken, cutShort: ended), match.score > (best?.1 ?? 0) { best = (match.label, match.score, start + count) }
            }
        }
        guard let best else { return nil }
        return (best.label, Array(words[best.end...]), false, best.score)
    }

    /// Joins value words, dropping a leading colon OCR kept and edge marks at the end.
    func value(of read: [OCRWord]) -> ReadValue? {
        let words = Self.withoutEdgeMarks(read)
        var texts = words.map(\.text)
        while let first = texts.first, first.allSatisfy({ ":;.,!".contains($0) }) { texts.removeFirst() }
        if let first = texts.first, first.hasPrefix(":") || first.hasPrefix(";") { texts[0] = String(first.dropFirst()) }
        let text = texts.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let confidence = words.map(\.confidence).reduce(0, +) / Double(max(words.count, 1))
        return ReadValue(text: text, confidence: confidence, box: OCRLine.joining(words).box, words: words)
    }
}
