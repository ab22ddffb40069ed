import Contracts
import Foundation

/// Labelled one-number values ("Semester : 2") are short and Tesseract reads the colon with the
/// digit as one word ("12", "z1"). The value after the label is cropped and read again as one
/// line with a digits-and-colon alphabet; its words replace the first reading's on that line.
enum TranscriptLabelReread {
    static func words(_ words: [OCRWord], page: Pix, engine: TesseractEngine) -> [OCRWord] {
        let lines = TranscriptTable.rows(of: words)
        guard let line = lines.first(where: { semesterLabel($0) != nil }), let index = semesterLabel(line) else { return words }
        let label = line[index]
        // a label Tesseract boxed with a speck or the line above ("smt." 41 px tall among 17 px words) would
        // crop two lines: the crop is at most one and a half typical words high, around the label's centre
        let typical = TranscriptTable.typicalHeight(words) ?? label.box.height
        let tallest = line.map(\.box.height).max() ?? label.box.height, height = min(tallest, typical * 3 / 2)
        let afterColon = colonRight(lines).flatMap { $0 > label.box.x + label.box.width ? $0 + 2 : nil }
        let x = afterColon ?? label.box.x + label.box.width + 4
        let y = max(0, height < tallest ? label.box.y + label.box.height / 2 - height : label.box.y - height / 2)
        let width = min(page.width - x, height * 16)
        guard width > height, let reread = engine.words(in: page, x: x, y: y, width: width, height: height * 2, mode: .singleLine, whitelist: "0123456789:"),
            reread.contains(where: { $0.text.contains(where: \.isNumber) }) else { return words }
        let replaced = line.dropFirst(index + 1).filter { $0.box.x < x + width }
        return words.filter { word in !replaced.contains { $0.box == word.box && $0.text == word.text } } + reread
    }

    /// Where the label block's values begin, past their colons: on the one-word label lines
    /// (Nama, NIM), right of the narrow ":" standing second (often read "1", "|", "l"), or at
    /// the value itself when OCR dropped the colon. Nil when fewer than two lines tell.
    static func colonRight(_ lines: [[OCRWord]]) -> Int? {
        let edges = lines.compactMap { line -> Int? in
            guard line.count >= 2, let first = line.first?.text.lowercased().filter(\.isLetter), ["nama", "nim", "npm", "nrp"].contains(first) else { return nil }
            let second = line[1]
            if isColonMark(second) { return second.box.x + second.box.width }
            return second.text.hasPrefix(":") ? nil : second.box.x - 4
        }.sorted()
        return edges.count >= 2 ? edges[edges.count / 2] : nil
    }

    /// A label line's words as text, the value's first character dropped where that value stands
    /// at a colon column of the label blocks (left or right block: two or more narrow ":" marks,
    /// often read "1", "|", "l", at its place on other lines, or one at exactly its place) and the line has no colon of its own
    /// (": 4" read "24", or "214"); without any colon column to tell by, a value "1N" on such a line is N.
    /// `guessing`: whether a value "1N" on a page without a colon column is N (a line whose
    /// label is printed without a colon is not guessed at).
    static func tokensWithoutMergedColon(_ line: [OCRWord], lines: [[OCRWord]], guessing: Bool = true) -> [String] {
        let colons = lines.flatMap { line in
            line.dropFirst().dropLast().filter(isColonMark).map(\.box.x)
        }
        guard !line.contains(where: { $0.text.contains(":") }), line.count >= 2 else { return line.map(\.text) }
        let value = line[1]
        guard colons.count >= 2 else {
            guard guessing else { return line.map(\.text) }
            // no colon column to tell by: "1N" is as likely ": N" with the colon read "1"; the
            // smaller N is taken (a semester read too low never makes a student eligible)
            guard value.text.count == 2, value.text.first == "1", let last = value.text.last?.wholeNumberValue, (1...9).contains(last) else { return line.map(\.text) }
            return [line[0].text, String(last)] + line.dropFirst(2).map(\.text)
        }
        // a block of two label lines has one other colon to tell by: it must then stand where the value begins, to the pixel
        let aligned = colons.filter { abs(value.box.x - $0) <= value.box.height / 3 }
        let atColumn = aligned.count >= 2 || aligned.count == 1 && aligned.allSatisfy { abs(value.box.x - $0) <= 2 }
        guard value.text.count >= 2, atColumn else { return line.map(\.text) }
        // ": 4" read "214": what is left may begin with a second mark of the colon; the smaller
        // reading is taken, as above
        let rest = String(value.text.dropFirst())
        let number = rest.count == 2 && rest.first == "1" ? String(rest.dropFirst()) : rest
        return [line[0].text, number] + line.dropFirst(2).map(\.text)
    }

    /// Where a line's semester label stands: its first word ("Semester", "Smt"), or its second
    /// after "Current"/"Present" ("Current Semester : 3"); nil for another line.
    static func semesterLabel(_ line: [OCRWord]) -> Int? {
        if isSemesterLabel(line.first) { return 0 }
        guard line.count >= 2, ["current", "present"].contains(line[0].text.lowercased().filter(\.isLetter)), isSemesterLabel(line[1]) else { return nil }
        return 1
    }

    /// "Semester", "Semeste", "SEMESTER", "Smt" as the first word of a line.
    static func isSemesterLabel(_ word: OCRWord?) -> Bool {
        guard let token = word?.text.lowercased().filter(\.isLetter) else { return false }
        return token.hasPrefix("semest") || token == "smt"
    }

    /// What OCR makes of a printed colon: ":" itself or a mark it is misread as.
    static let colonReadings: Set<String> = [":", "1", "|", "l", ";", "i", "!", "+"]

    /// A printed colon as OCR boxes it: one of ``colonReadings``, narrow (under half its height).
    static func isColonMark(_ word: OCRWord) -> Bool {
        colonReadings.contains(word.text) && word.box.width * 2 < word.box.height
    }
}
