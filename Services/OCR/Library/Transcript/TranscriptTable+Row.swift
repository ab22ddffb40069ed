import Contracts
import Foundation

extension TranscriptTable {
    /// The course in one table row: SKS, grade and code are the words nearest their labels that
    /// read as such (an integer 1–8, a grade of `scale`, a code with letters and digits), else the
    /// row's last words in the labels' order (``cellsInOrder(_:headers:scale:)``); the name is every
    /// other word except the row number. Nil when the SKS, the grade, or both the name and the code are missing.
    static func row(_ words: [OCRWord], headers: [Header], scale: GradeScale) -> CourseRow? {
        cells(words, headers: headers, scale: scale)?.row
    }

    /// The course in one table row and the words its SKS and grade were read from.
    static func cells(_ words: [OCRWord], headers: [Header], scale: GradeScale) -> (row: CourseRow, cells: Cells)? {
        let line = joiningSplitCodes(words, headers: headers)
        func nearest(_ word: OCRWord) -> Column? { Self.nearest(word, in: headers) }
        func candidates(_ column: Column, _ parse: (String) -> String?) -> [(index: Int, value: String, distance: Double)] {
            guard let header = headers.first(where: { $0.column == column }) else { return [] }
            return line.indices.compactMap { index in
                guard nearest(line[index]) == column, let value = parse(line[index].text) else { return nil }
                return (index, value, header.distance(to: line[index]))
            }
        }
        func pick(_ column: Column, _ parse: (String) -> String?) -> (index: Int, value: String)? {
            candidates(column, parse).min { $0.distance < $1.distance }.map { ($0.index, $0.value) }
        }
        // "Nilai" over a letter and its points (sub-labels "Huruf | Angka" lost): the letter is the grade
        let grades = candidates(.grade, scale.canonical)
        // a digit taken for a letter ("0" for D) gives way to a letter printed beside it ("0 (E)": the points and the letter)
        let repaired = grades.filter { $0.value.first?.isLetter == true }
        let printed = repaired.filter { line[$0.index].text.contains(where: \.isLetter) }
        let letters = printed.isEmpty ? repaired : printed
        var sksCell = pick(.sks, { sksValue($0).map(String.init) })
        var gradeCell = (letters.isEmpty ? grades : letters).min(by: { $0.distance < $1.distance }).map { (index: $0.index, value: $0.value) }
        if sksCell == nil || gradeCell == nil, let drifted = cellsInOrder(line, headers: headers, scale: scale) { (sksCell, gradeCell) = drifted }
        guard let sks = sksCell, var grade = gradeCell else { return nil }
        grade.value = withSign(grade.value, points: [line[grade.index].text] + grades.map { line[$0.index].text }, scale: scale)
        let inName = line.indices.filter { nearest(line[$0]) == .name }
        let column = pick(.code, codeValue)
        let inCell = column == nil ? codeInName(line, indices: inName) : nil
        let code = column ?? inCell?.code, dash = inCell?.dash
        var used: Set<Int> = [sks.index, grade.index]
        if let code { used.insert(code.index) }
        if let dash { used.insert(dash) }
        let nameLeft = headers.first(where: { $0.column == .name })?.left ?? 0
        let cellStarts = [sks.index, grade.index].map { line[$0].box.x }.filter { $0 > nameLeft }
        let nameIndices = line.indices.filter { index in
            guard !used.contains(index), !holdsLongNumber(line[index].text) else { return false }
            switch nearest(line[index]) {
            case .name: return true
            // the name's first words right of the code in the code's wide cell, short of the name's label
            // centred in its own ("MN 1303 Matematika | Ekonomi" under "Kode | Mata Kuliah")
            case .code: return code.map { line[index].box.x > line[$0.index].box.x + line[$0.index].box.width } == true
                && line[index].box.x < nameLeft && line[index].text.filter(\.isLetter).count >= 3
            // a long name runs on under the next label, but never past that label's own cell
            case .sks, .grade: return line[index].box.x > nameLeft && cellStarts.allSatisfy { line[index].box.x < $0 }
            default: return false
            }
        }
        let nameWords = withoutFarRuns(withoutRules(nameIndices.map { line[$0] })).map { repairName($0.text) }
        let name = withoutGluedRule(nameWords.joined(separator: " ").trimmingCharacters(in: .whitespaces))
        // a name lost to OCR (a two-line name merged away) leaves the code to tell the course
        guard name.count >= 3 || code != nil && name.isEmpty, let credits = Int(sks.value) else { return nil }
        return (CourseRow(code: code?.value, name: name, sks: credits, grade: grade.value), Cells(sks: line[sks.index], grade: line[grade.index]))
    }

    /// A code printed in the name's cell, where the table has no code column: the cell's first word
    /// before a dash ("MKU1101 - Pendidikan Pancasila"; the dash's index too) or its last word in
    /// brackets ("Pendidikan Pancasila (MKU1101)"). `indices`: the cell's words, left to right.
    static func codeInName(_ line: [OCRWord], indices: [Int]) -> (code: (index: Int, value: String), dash: Int?)? {
        if indices.count >= 3, let value = codeValue(line[indices[0]].text), ["-", "–", "—"].contains(line[indices[1]].text) {
            return ((indices[0], value), indices[1])
        }
        if let last = indices.last, indices.count >= 2, line[last].text.hasPrefix("("), line[last].text.hasSuffix(")"), let value = codeValue(line[last].text) {
            return ((last, value), nil)
        }
        return nil
    }

    /// An SKS cell: one digit 1–8, with Tesseract's letter-for-digit slips repaired.
    static func sksValue(_ raw: String) -> Int? {
        let repaired = raw.trimmingCharacters(in: CharacterSet(charactersIn: " .:|'()\"“”‘’„")).map { character -> Character in
            switch character {
            case "l", "I", "|", "i": "1"
            case "Z", "z": "2"
            case "S", "s": "5"
            case "O", "o": "0"
            default: character
            }
        }
        guard let value = Int(String(repaired)), (1...8).contains(value) else { return nil }
        return value
    }

    /// A course code: 4–12 letters and digits with at least one digit (dashes and dots kept; "MN 1303" with its space), or
    /// five or more digits alone, or digit groups parted by two or more dots or dashes ("33.1.013";
    /// not a date "11.05.2025"). A comma between a code's letters and digits is its dot read
    /// small ("MKU,2.04").
    static func codeValue(_ raw: String) -> String? {
        // "MN 1303": letters and a number parted by one space, as printed (``joiningSplitCodes(_:headers:)``)
        let halves = raw.split(separator: " ", omittingEmptySubsequences: false)
        if halves.count == 2, (2...5).contains(halves[0].count), halves[0].allSatisfy(\.isLetter), (2...6).contains(halves[1].count), halves[1].allSatisfy(\.isNumber),
            let code = codeValue(String(halves[0] + halves[1])) {
            return String(code.prefix(halves[0].count)) + " " + String(code.dropFirst(halves[0].count))
        }
        let cut = raw.trimmingCharacters(in: CharacterSet(charactersIn: " .,:|'()"))
        let trimmed = cut.contains(where: \.isLetter) && cut.contains(where: \.isNumber) ? cut.replacingOccurrences(of: ",", with: ".") : cut
        // "MKU/1/201": a slash parts a code with letters; in digits alone it is a date or a score ("3.20/4.00")
        let parted = trimmed.contains(where: \.isLetter) && !trimmed.hasPrefix("/") && !trimmed.hasSuffix("/") && !trimmed.contains("//")
        let slash: Set<Character> = parted ? ["/"] : []
        guard (4...12).contains(trimmed.count), trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || slash.contains($0) }) else { return nil }
        if trimmed.contains(where: \.isLetter), trimmed.contains(where: \.isNumber) { return repairCode(trimmed.uppercased()) }
        // campuses that number their courses ("3191043"); a row number never has five digits
        if trimmed.count >= 5 && trimmed.allSatisfy(\.isNumber) { return trimmed }
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "-" })
        let groups = parts.map(\.count)
        // "08-05-2023" is a date; "17.12.1301" and "10.00.1204" (faculty, programme, course) are codes
        let date = groups.count == 3 && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4
            && Int(parts[0]).map { (1...31).contains($0) } == true && Int(parts[1]).map { (1...12).contains($0) } == true
            && Int(parts[2]).map { (1900...2100).contains($0) } == true
        return groups.count >= 3 && !groups.contains(0) && groups.reduce(0, +) >= 4 && !date ? trimmed : nil
    }

    /// Whether two parts of a code stand apart by a printed space: a PDF's own words (confidence 1) part only
    /// there; OCR also parts a solid code at a blurred joint ("MPK 1102" for MPK1102: gaps of 0.2–0.37 of the
    /// height on the seen sets, where a typed or printed space left 0.5–0.6), so only a gap of at least 0.45 counts.
    static func printedSpace(_ left: OCRWord, _ right: OCRWord) -> Bool {
        let gap = right.box.x - (left.box.x + left.box.width)
        return left.confidence == 1 && right.confidence == 1 || Double(gap) >= 0.45 * Double(max(left.box.height, right.box.height))
    }

    /// A word holding four or more digits in a row (a numeric code read under the name, an
    /// academic period "20241", "2017/2018Gasal") is never a word of a course name ("Kalkulus 2",
    /// "Bahasa Inggris 1" have short numbers).
    static func holdsLongNumber(_ text: String) -> Bool {
        var run = 0
        for character in text {
            run = character.isNumber ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }

    /// A code's letter prefix and number read with digit/letter slips: "1F224" → "IF224",
    /// "BI02039" → "BIO2039" (a course number does not begin with 0).
    static func repairCode(_ code: String) -> String {
        var characters = Array(code)
        if characters.count > 1, characters[1].isLetter, let first = ["1": "I", "0": "O"][String(characters[0])] { characters[0] = Character(first) }
        if let digitStart = characters.firstIndex(where: \.isNumber), digitStart > 0, characters[digitStart] == "0",
            characters.count > digitStart + 1, characters[(digitStart + 1)...].allSatisfy(\.isNumber) {
            characters[digitStart] = "O"
        }
        // a letter between two digits is a digit misread ("TIF3S0" → "TIF350")
        let digitFor: [Character: Character] = ["S": "5", "O": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "B": "8", "G": "6"]
        for index in characters.indices.dropFirst().dropLast() where characters[index - 1].isNumber && characters[index + 1].isNumber {
            if let digit = digitFor[characters[index]] { characters[index] = digit }
        }
        return String(characters)
    }

    /// A ruled table's rule read glued to the name's first letter ("|Manajemen", "(Basis Data"
    /// with no closing bracket) is dropped.
    static func withoutGluedRule(_ name: String) -> String {
        guard let first = name.first, "|[(¦".contains(first), name.count > 1, name.dropFirst().first?.isLetter == true,
            !(first == "(" && name.contains(")")), !(first == "[" && name.contains("]")) else { return name }
        return String(name.dropFirst())
    }

    /// A name word with the usual Roman-numeral slip repaired ("|", "l", "!" for "I": "I!" is II).
    static func repairName(_ word: String) -> String {
        if word == "|" || word == "l" || word == "1" || word == "!" { return "I" }
        if word.allSatisfy({ "Il|1!".contains($0) }) && word.count <= 3 { return String(repeating: "I", count: word.count) }
        return word
    }

    /// "TIF 377" read as two words under the code label becomes one; under it, or nearer it than any other
    /// label (codes printed flush left under a label centred in a wide ruled cell). The space is kept where it
    /// was surely printed (``printedSpace(_:_:)``).
    static func joiningSplitCodes(_ line: [OCRWord], headers: [Header]) -> [OCRWord] {
        guard headers.contains(where: { $0.column == .code }) else { return line }
        func underCode(_ word: OCRWord) -> Bool { nearest(word, in: headers) == .code }
        var joined: [OCRWord] = []
        for word in line {
            if let last = joined.last, underCode(last), underCode(word), last.text.count <= 4, last.text.allSatisfy(\.isLetter),
                word.text.allSatisfy(\.isNumber), word.box.x - (last.box.x + last.box.width) < word.box.height {
                joined[joined.count - 1] = OCRWord(
                    text: last.text + (printedSpace(last, word) ? " " : "") + word.text,
                    box: Box(x: last.box.x, y: last.box.y, width: word.box.x + word.box.width - last.box.x, height: last.box.height),
                    confidence: min(last.confidence, word.confidence))
            } else {
                joined.append(word)
            }
        }
        return joined
    }
}

extension TranscriptTable {
    /// The words that can stand on one text line: a "word" taller than two and a half typical
    /// words is a column block Tesseract's layout took whole (a blurred, keystoned photo: "EERE"
    /// over six rows of grades); grouped with one row, it would take that row's cells and make
    /// every re-read of them crop several rows. Dropped, the cells under it are re-read one by one.
    static func lineWords(_ words: [OCRWord]) -> [OCRWord] {
        guard let isBlock = columnBlocks(words) else { return words }
        return words.filter { !isBlock($0) }
    }

    /// The test for such a column block on this page (taller than two and a half times the median
    /// word height), and that median; nil with fewer than eight words to judge by.
    static func columnBlocks(_ words: [OCRWord]) -> ((OCRWord) -> Bool)? {
        guard let typical = typicalHeight(words) else { return nil }
        return { $0.box.height * 2 > typical * 5 }
    }

    /// The median word height; nil with fewer than eight words.
    static func typicalHeight(_ words: [OCRWord]) -> Int? {
        let heights = words.map(\.box.height).sorted()
        return heights.count >= 8 ? heights[heights.count / 2] : nil
    }
}
