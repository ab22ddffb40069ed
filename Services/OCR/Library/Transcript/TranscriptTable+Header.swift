import Contracts
import Foundation

extension TranscriptTable {
    /// Labels naming a grade column of letters ("Nilai Huruf", "HM", "NH", "Letter Grade").
    static let letterLabels: Set<String> = ["huruf", "hm", "nh", "letter"]

    /// The column labels of a row; adjacent words of one label (Mata Kuliah, Kode MK, Nilai
    /// Huruf) merge. Labels of columns the reader does not take (Bobot, Angka Mutu, K×AM, Smt)
    /// are `.other`, so their cells are never taken for SKS or grades.
    static func header(of line: [OCRWord]) -> [Header] {
        guard let (headers, unknown) = labels(of: line) else { return [] }
        return withInferredName(withMisreadLabel(headers, unknown: unknown))
    }

    /// The labels a header line reads as, and its words that read as none; nil when a column is named twice.
    static func labels(of line: [OCRWord]) -> (headers: [Header], unknown: [OCRWord])? {
        let line = line.flatMap(splitAtRules)
        var headers: [Header] = [], unknown: [OCRWord] = []
        let tokens = line.map { labelToken($0.text) }
        // "Nilai Angka (Huruf)": one column printing the points with the letter in brackets ("3,50 (B+)")
        let bracketed = line.indices.filter { index in
            index > 0 && line[index].text.hasPrefix("(") && letterLabels.contains(tokens[index])
                && line[index].box.x - (line[index - 1].box.x + line[index - 1].box.width) < line[index].box.height
        }
        let letterColumn = tokens.indices.contains { ["huruf", "hm", "nh"].contains(tokens[$0]) && !bracketed.contains($0) }
        for (index, word) in line.enumerated() {
            let token = tokens[index]
            // "Course Code", "Subject Code": the second word names the column
            if ["course", "subject"].contains(token), index + 1 < tokens.count, ["code", "no", "number"].contains(tokens[index + 1]) { continue }
            // "Nilai Angka | Nilai Huruf": beside a letter column the "Angka" one is a 0-100 score
            let score = token == "angka" || token == "nilai" && index + 1 < tokens.count && tokens[index + 1] == "angka"
            let scoreBesideLetters = score && letterColumn
            // a Semester column ("2019/2020 Ganjil" on every row) in a header with the code and the credits;
            // elsewhere a heading's or a summary's word ("IP Semester", "Beban SKS Semester Depan")
            let semesterColumn = token == "semester" && [Column.code, .sks].allSatisfy { column in tokens.contains { label($0, word: word, after: nil) == column } }
            guard let column = scoreBesideLetters || semesterColumn ? .other : label(token, word: word, after: headers.last) else {
                if word.text.contains(where: \.isLetter) { unknown.append(word) }
                continue
            }
            if let last = headers.last, last.column == column, column != .other || word.box.x - last.right < word.box.height {
                headers[headers.count - 1].right = word.box.x + word.box.width
            } else if column == .other || !headers.contains(where: { $0.column == column }) {
                headers.append(Header(column: column, left: word.box.x, right: word.box.x + word.box.width))
            }
        }
        let named = headers.filter { $0.column != .other }
        guard Set(named.map { "\($0.column)" }).count == named.count else { return nil }
        return (headers, unknown)
    }

    /// Two labels Tesseract read as one word across the rule between their cells ("Smt.|KodeMK"): each
    /// part its own word, its box the part's share of the characters. A word without an inner rule is kept.
    static func splitAtRules(_ word: OCRWord) -> [OCRWord] {
        let characters = Array(word.text)
        var parts: [(offset: Int, text: String)] = [], offset = 0
        for (index, character) in characters.enumerated() {
            if character == "|" { offset = index + 1; continue }
            if parts.last?.offset == offset { parts[parts.count - 1].text.append(character) } else { parts.append((offset, String(character))) }
        }
        guard parts.count >= 2, parts.allSatisfy({ $0.text.count >= 2 }) else { return [word] }
        let step = Double(word.box.width) / Double(characters.count)
        return parts.map { part in
            let box = Box(x: word.box.x + Int(Double(part.offset) * step), y: word.box.y, width: Int(Double(part.text.count) * step), height: word.box.height)
            return OCRWord(text: part.text, box: box, confidence: word.confidence)
        }
    }

    /// One short cell label misread ("N" for "Nilai", "pobot" for "Bobot") between the others: the one
    /// cell column missing, when it is the line's only word read as no label.
    static func withMisreadLabel(_ headers: [Header], unknown: [OCRWord]) -> [Header] {
        let named = headers.filter { $0.column != .other }
        let missing = [Column.sks, .grade].filter { column in !headers.contains { $0.column == column } }
        guard named.count >= 3, missing.count == 1, unknown.count == 1, let word = unknown.first else { return headers }
        return headers + [Header(column: missing[0], left: word.box.x, right: word.box.x + word.box.width)]
    }

    /// A two-level header's lower line under the cells ("Huruf" under "Nilai"): one to three
    /// words, each a column label. No course row, read or unread.
    static func isSubLabels(_ line: [OCRWord]) -> Bool {
        (1...3).contains(line.count) && line.allSatisfy { label(labelToken($0.text), word: $0, after: nil) != nil }
    }

    /// A header word as a label: its letters, lower case; of a bilingual "sks/cr" or "kode/code"
    /// the first part.
    static func labelToken(_ text: String) -> String {
        let parts = text.lowercased().split(separator: "/").map { $0.filter(\.isLetter) }
        return parts.first { !$0.isEmpty } ?? ""
    }

    /// The column a header word names, in the wordings Indonesian transcripts print ("K", "Kredit",
    /// "sks" for SKS; "HM", "Huruf", "Huruf Mutu" for the grade; "AM", "Bobot", "Mutu", "K×AM", "Kelas", "Sifat" (W/P),
    /// "Keterangan", "Periode" for columns not read).
    static func label(_ token: String, word: OCRWord, after last: Header?) -> Column? {
        switch token {
        case "no", "nomor", "nr": return .number
        case "kode", "kd", "kodemk", "code": return .code
        case "mata", "kuliah", "matakuliah", "nama", "course", "subject", "title": return .name
        case "sks", "kredit", "sk", "credits", "credit", "k", "kr", "cr": return .sks
        case "nilai", "huruf", "grade", "hm", "nh": return .grade
        // "Nilai Angka" is one grade label; "Huruf | Angka Mutu" has the points beside the grade
        case "angka": return last?.column == .grade && word.box.x - (last?.right ?? 0) >= word.box.height ? .other : .grade
        // "Huruf Mutu" (HM) is the letter grade, "Angka Mutu" (AM) or "Mutu" alone the points or SKS × points
        case "mutu" where last?.column == .grade && word.box.x - (last?.right ?? 0) < word.box.height: return .grade
        // "Kelas"/"Class" holds a section letter (A, B, C) that reads like a grade, "Sifat" a W or P
        case "bobot", "mutu", "am", "kam", "nxk", "kxn", "sksn", "nk", "kn", "point", "points", "smt", "sem", "na", "indeks", "bxk", "kxb", "quality", "term", "weight",
            "kelas", "kls", "class", "section", "sifat", "jenis", "type", "wp", "ket", "keterangan", "remarks", "periode", "period":
            return .other
        case "mk": return last?.column
        // "SxS", "5KS": three letters between an s and an s
        case _ where token.count == 3 && token.first == "s" && token.last == "s": return .sks
        default: return nil
        }
    }

    /// A header whose "Mata Kuliah" label OCR lost still has its place: the widest gap (≥ 150 px)
    /// between two labels, the name being the only wide column of a transcript table.
    static func withInferredName(_ headers: [Header]) -> [Header] {
        guard headers.count >= 3, !headers.contains(where: { $0.column == .name }) else { return headers }
        let sorted = headers.sorted { $0.left < $1.left }
        guard let gap = zip(sorted, sorted.dropFirst()).max(by: { $0.1.left - $0.0.right < $1.1.left - $1.0.right }),
            gap.1.left - gap.0.right >= 150 else { return headers }
        return headers + [Header(column: .name, left: gap.0.right + 1, right: gap.1.left - 1)]
    }

    /// The labels of the header line `index`, with a cell column it lacks taken from the line just
    /// above or below: labels set over two lines ("Nilai | Nilai | Nilai" over "Akhir | Huruf |
    /// Mutu") leave "Huruf", the grade, on a line of its own beside "Kode … SKS". A letters label there
    /// ("Huruf", "HM") is taken before a misread word of the line is guessed to be the missing grade
    /// ("pobot", the points' label); a plain "Nilai" is not (it may stand over "Indeks", the points). A
    /// points column is the grade where no other is (``withPointsAsGrade(_:line:lines:scale:)``).
    static func header(at index: Int, of lines: [[OCRWord]], scale: GradeScale = .indonesian) -> [Header] {
        let own = labels(of: lines[index])
        var headers = own?.headers ?? []
        let height = Double(lines[index].map(\.box.height).max() ?? 20)
        let near = [index - 1, index + 1].filter { lines.indices.contains($0) && abs(mean(lines[$0]) - mean(lines[index])) < height * 2 }
        if let own {
            let letters = near.flatMap { lines[$0] }.first { letterLabels.contains(labelToken($0.text)) }
            if let letters, !headers.contains(where: { $0.column == .grade || $0.distance(to: letters) == 0 }) {
                headers.append(Header(column: .grade, left: letters.box.x, right: letters.box.x + letters.box.width))
            }
            headers = withInferredName(withMisreadLabel(headers, unknown: own.unknown))
        }
        headers = withLettersBesideScore(headers, line: lines[index], near: near.flatMap { lines[$0] })
        // of the two lines, the narrower label: "Huruf" under it, not "Nilai Nilai Nilai" over three columns
        let candidates = near.flatMap { header(of: lines[$0]) }.sorted { $0.right - $0.left < $1.right - $1.left }
        for label in candidates where [.sks, .grade].contains(label.column)
            && !headers.contains(where: { $0.column == label.column || ($0.left <= label.right && label.left <= $0.right) }) {
            headers.append(label)
        }
        return withPointsAsGrade(headers, line: lines[index], lines: Array(lines[(index + 1)...]), scale: scale)
    }

    /// "Nilai / Angka" and "Nilai / Huruf" set over two lines leave "Angka" (a 0–100 score) as the
    /// line's grade label and "Huruf" on the line beside it: the letters are the grade, the score is not.
    static func withLettersBesideScore(_ headers: [Header], line: [OCRWord], near: [OCRWord]) -> [Header] {
        func token(_ word: OCRWord) -> String { word.text.lowercased().filter(\.isLetter) }
        guard let index = headers.firstIndex(where: { $0.column == .grade }),
            line.contains(where: { headers[index].distance(to: $0) == 0 && token($0) == "angka" }),
            !line.contains(where: { letterLabels.contains(token($0)) }),
            let letters = near.first(where: { letterLabels.contains(token($0)) }), headers[index].distance(to: letters) > 0 else { return headers }
        var moved = headers
        moved[index].column = .other
        return moved + [Header(column: .grade, left: letters.box.x, right: letters.box.x + letters.box.width)]
    }

    /// A header without a grade column but with one of grade points ("Kredit | Bobot", "K | NA": a KHS
    /// printing 3.50 for a B+) on a page where no column of letter grades shows: that column is the
    /// grade. Every label must have been read (an unread one may be the grade's: "NILAI" lost in a photo).
    static func withPointsAsGrade(_ headers: [Header], line: [OCRWord], lines: [[OCRWord]], scale: GradeScale) -> [Header] {
        let tokens = line.map { $0.text.lowercased().filter(\.isLetter) }
        if let grade = headers.firstIndex(where: { $0.column == .grade }) {
            return withGradePointLabel(headers, grade: grade, line: line, tokens: tokens, lines: lines, scale: scale)
        }
        let points = line.indices.filter { ["bobot", "am", "na", "point", "points", "weight", "indeks"].contains(tokens[$0]) }
        let unknown = line.indices.filter { !tokens[$0].isEmpty && tokens[$0] != "mk" && label(tokens[$0], word: line[$0], after: nil) == nil }
        guard points.count == 1, unknown.isEmpty, let word = points.first.map({ line[$0] }),
            let index = headers.firstIndex(where: { $0.column == .other && $0.left <= word.box.x && word.box.x < $0.right }) else { return headers }
        // letters printed as letters (a column of SKS 4s reads as "A"s); looked for last, being the costly test
        guard !printsLetters(lines, scale: scale) else { return headers }
        var converted = headers
        converted[index].column = .grade
        return converted
    }

    /// "Cr | Grade Point | Pts" over numbers only (an English numeric print, its numbers right-aligned under "Point"):
    /// "Grade" and the "Point" just after it are one label, the grade. Beside letters they are two columns, "Grade |
    /// Point" (the letter and its points).
    static func withGradePointLabel(_ headers: [Header], grade: Int, line: [OCRWord], tokens: [String], lines: [[OCRWord]], scale: GradeScale) -> [Header] {
        guard let word = line.indices.first(where: { ["point", "points"].contains(tokens[$0]) && line[$0].box.x > headers[grade].right
            && line[$0].box.x - headers[grade].right < line[$0].box.height }).map({ line[$0] }),
            let index = headers.firstIndex(where: { $0.column == .other && $0.left == word.box.x }),
            !printsLetters(lines, scale: scale) else { return headers }
        var merged = headers
        merged[grade].right = max(merged[grade].right, merged[index].right)
        merged.remove(at: index)
        return merged
    }

    /// Whether a column of the table below prints its grades mostly as letters (looked for last, being the costly test:
    /// a column of SKS 4s reads as "A"s).
    static func printsLetters(_ lines: [[OCRWord]], scale: GradeScale) -> Bool {
        TranscriptColumns.gradeColumns(lines, scale: scale).contains { column in
            column.filter { $0.word.text.contains(where: \.isLetter) }.count * 2 > column.count
        }
    }
}
