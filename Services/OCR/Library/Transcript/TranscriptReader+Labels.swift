import Contracts
import Foundation

extension TranscriptReader {
    /// The reading of a page's OCR words (pure; unit-tested with synthetic boxes).
    static func reading(words: [OCRWord], scale: GradeScale) -> TranscriptReading {
        reading(words: words, table: TranscriptTable(words: words, scale: scale))
    }

    /// The page's table plus its labelled lines: Nama, NIM/NPM/NRP, IPK (or the IPS of a one-semester
    /// page; one semester's IPS of several is no average of the whole table), Semester.
    static func reading(words: [OCRWord], table: TranscriptTable) -> TranscriptReading {
        var name: String?, nim: String?, ipk: Double?, ips: Double?, semester: Int?, heading: Int?, unread = false, semesters = 0
        // a summary box beside the table is read as lines of its own, after the page's
        let lines = TranscriptTable.rows(of: words.filter { !table.box.contains($0) }) + TranscriptTable.rows(of: table.box)
        for line in withGridValues(lines).flatMap(labelBlocks) {
            let tokens = line.map(\.text)
            let lower = tokens.map { $0.lowercased().filter(\.isLetter) }
            guard !lower.isEmpty else { continue }
            if name == nil, let words = studentNameLabel(lower), !lower.contains("kuliah"), !lower.contains("mata") {
                name = value(after: tokens, labelWords: words)
            } else if nim == nil, let words = studentNumberLabel(lower) {
                nim = value(after: tokens, labelWords: words)?.replacingOccurrences(of: " ", with: "")
            } else if isCumulativeAverage(lower), !isGradeBand(tokens) {
                // the last cumulative average printed is the document's (stacked semesters print one each)
                let value = lastGradePoint(tokens) ?? valueBelow(line, label: "ipk", lines: lines)
                ipk = value ?? ipk
                unread = unread || value == nil
            } else if lower.contains("ips") || lower.contains("semester") && (lower.contains("prestasi") || lower.contains("gpa")) {
                ips = ips ?? lastGradePoint(tokens) ?? valueBelow(line, label: "ips", lines: lines)
                semesters += 1
                unread = unread || ips == nil
            } else if let label = TranscriptLabelReread.semesterLabel(line),
                let number = semesterNumber(TranscriptLabelReread.tokensWithoutMergedColon(withoutTranslation(Array(line.dropFirst(label))), lines: lines)) {
                let rest = Array(line.dropFirst(label))
                if isGroupHeading(rest), !isStudentField(rest) { heading = max(heading ?? 0, number) } else { semester = max(semester ?? 0, number) }
            } else if let number = studyLength(lower, tokens: tokens) ?? trailingSemester(line, lines: lines) ?? sentenceSemester(lower, tokens: tokens) {
                semester = max(semester ?? 0, number)
            }
        }
        // "Current Semester 13" for ": 3" where the table's headings end at semester 3: the "1" is the colon
        if let printed = semester, let heading, printed >= 10, printed - 10 == heading { semester = heading }
        return TranscriptReading(
            student: Student(name: name, nim: nim), rows: table.rows, ipkPrinted: ipk ?? (semesters == 1 ? ips : nil), unreadableRows: table.unreadableRows,
            semester: semester ?? heading, ipkUnread: unread, creditTotals: table.totals, semesterIsLowerBound: semester == nil)
    }

    /// A table's semester group heading ("Semester II (Genap 2020/2021)", "Semester 3 - Gasal"):
    /// a semester label with its academic period (a year, or Ganjil/Genap/Gasal/Pendek), not the
    /// student's current semester.
    static func isGroupHeading(_ line: [OCRWord]) -> Bool {
        let periods: Set<String> = ["ganjil", "genap", "gasal", "pendek", "antara", "odd", "even", "fall", "spring"]
        return line.contains { word in
            TranscriptTable.holdsLongNumber(word.text) || periods.contains(word.text.lowercased().filter(\.isLetter))
        }
    }

    /// A semester label and what follows it in a student block whose next field OCR kept on its
    /// part ("Semester : 4   Th. Akademik : 2022/2023"): the label's own colon, then another
    /// label's colon. Its year is that field's, no group heading's period.
    static func isStudentField(_ labelled: [OCRWord]) -> Bool {
        let rest = labelled.dropFirst()
        guard let first = rest.first, first.text.hasPrefix(":") || TranscriptLabelReread.isColonMark(first) else { return false }
        return rest.dropFirst(2).contains { $0.text.hasPrefix(":") }
    }

    /// A line of a student block printed in two columns ("Student Name : Vino   Faculty : Science")
    /// as one "label : value" part per column: cut at every gap over three word heights, except
    /// only after a part that already has its colon and a value (a label block aligns its colons
    /// far from its labels; a colon read with the value, "24" for ": 4", stays with its label).
    /// A semester label with its own colon after such a part is cut however close a long value
    /// ran to it ("Nama : Mulyono Firmansyah Semester :4").
    static func labelBlocks(_ line: [OCRWord]) -> [[OCRWord]] {
        func colon(_ word: OCRWord) -> Bool {
            word.text.hasPrefix(":") || TranscriptLabelReread.isColonMark(word)
        }
        var parts: [[OCRWord]] = []
        for (index, word) in line.enumerated() {
            guard let part = parts.last, let last = part.last else { parts.append([word]); continue }
            let gap = word.box.x - (last.box.x + last.box.width), height = max(last.box.height, word.box.height, 8)
            // a colon read as a thin "1" or "|" before the value counts as one ("Nama 1 ALIKA SIHOTANG")
            let valued = part.firstIndex { $0.text.contains(":") }.map { $0 < part.count - 1 || part[$0].text.count > 1 }
                ?? part.dropFirst().dropLast().contains(where: colon)
            // a semester label far right of a label and its value starts the right-hand block even where
            // OCR lost every colon ("NIM 17.24.129.26      Semester 5")
            let semester = part.count >= 2 && TranscriptLabelReread.isSemesterLabel(word)
            let ownColon = valued && semester && index + 1 < line.count && line[index + 1].text.hasPrefix(":")
            if gap > height * 3 && !colon(word) && (valued || semester) || ownColon { parts.append([word]) } else { parts[parts.count - 1].append(word) }
        }
        return parts
    }

    /// The line of the cumulative grade-point average: IPK, Indeks Prestasi Kumulatif, (Cumulative)
    /// GPA, Grade Point Average; not a cumulative credit or quality-point total, not a semester's GPA.
    static func isCumulativeAverage(_ lower: [String]) -> Bool {
        if lower.contains("ipk") { return true }
        // "Indeks Prestasi Kumu…" with the rest of the word lost
        if lower.contains("prestasi"), !lower.contains("semester"), lower.contains(where: { $0.count >= 4 && "kumulatif".hasPrefix($0) }) { return true }
        let totals = ["sks", "kredit", "credits", "credit", "mutu", "jumlah", "total", "quality", "points"]
        let average = lower.contains("gpa") || zip(lower, lower.dropFirst()).contains { $0 == ("point", "average") }
        // "Indeks Prestasi Kumulatif" names the average even beside a credit total on its line
        if lower.contains("kumulatif") || lower.contains("cumulative") { return lower.allSatisfy { !totals.contains($0) } || average || lower.contains("prestasi") }
        return average && !lower.contains("semester")
    }

    /// How many words a student-name label takes at a line's start: "Nama", "Nama Mahasiswa",
    /// "Name", "Student Name"; nil for another line.
    static func studentNameLabel(_ lower: [String]) -> Int? {
        guard let first = lower.first else { return nil }
        if first == "nama" || first == "name" { return 1 + lower.dropFirst().prefix { ["mahasiswa", "lengkap", "mhs"].contains($0) }.count }
        return first == "student" && lower.dropFirst().first == "name" ? 2 : nil
    }

    /// How many words a student-number label takes at a line's start: NIM, NPM, NRP, NIRM,
    /// "No. Mahasiswa", "No. BP", "Nomor Induk Mahasiswa", "Nomor Pokok Mahasiswa"; nil for another line.
    static func studentNumberLabel(_ lower: [String]) -> Int? {
        guard let first = lower.first else { return nil }
        if ["nim", "npm", "nrp", "nirm", "stambuk"].contains(first) { return 1 }
        // "Student Number", "Student ID Number", "Student ID"
        if first == "student", lower.count >= 2, ["number", "id", "no"].contains(lower[1]) { return 1 + lower.dropFirst().prefix { ["number", "id", "no"].contains($0) }.count }
        guard ["no", "nomor", "nomer"].contains(first), lower.count >= 2 else { return nil }
        let rest = lower.dropFirst().prefix { ["mahasiswa", "mhs", "bp", "induk", "pokok"].contains($0) }
        return rest.contains(where: { ["mahasiswa", "mhs", "bp"].contains($0) }) ? 1 + rest.count : nil
    }

    /// The text after a label and its colon ("Nama : Budi Santoso" → "Budi Santoso").
    static func value(after tokens: [String], labelWords: Int) -> String? {
        var rest = Array(tokens.dropFirst(labelWords))
        // a bilingual label ("Nama / Name", "NIM / Student ID") runs on to its colon
        if let colon = rest.firstIndex(where: { $0.hasPrefix(":") }), colon <= 4 {
            rest[colon] = String(rest[colon].dropFirst())
            rest.removeFirst(colon)
        }
        if rest.count >= 2, TranscriptLabelReread.colonReadings.contains(rest[0]) { rest.removeFirst() }
        let text = rest.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        return text.isEmpty ? nil : text
    }

    /// The last "3.45"/"3,45" on a line that is a grade-point average (0…4). On a line with no
    /// colon of its own, "22.71" is ": 2.71" with the colon read as a digit (an IPK is ≤ 4); a
    /// line whose only number is "285" prints 2.85 with the point lost. A sentence's full stop after
    /// the value ("(IPK) 3,27.") is no part of it; "3," and "66" set apart by OCR are one value.
    static func lastGradePoint(_ tokens: [String]) -> Double? {
        let tokens = joinedDecimals(tokens).map(withoutClosingStop)
        let colonMerged = !tokens.contains { $0.contains(":") }
        let numbers = tokens.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":;()")) }.filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        // the only number on the line, three digits up to 400: "2.85" with its point lost (an IPK prints two decimals)
        if !tokens.contains(where: { GradeScale.number($0.trimmingCharacters(in: CharacterSet(charactersIn: ":;()"))) != nil }),
            numbers.count == 1, let only = numbers.first, only.count == 3, let value = Int(only), value <= 400 {
            return Double(value) / 100
        }
        // "1343": ": 3,43" with the colon read as a digit and the comma lost
        if colonMerged, numbers.count == 1, let only = numbers.first, only.count == 4, let value = Int(only.dropFirst()), value <= 400,
            !tokens.contains(where: { GradeScale.number($0.trimmingCharacters(in: CharacterSet(charactersIn: ":;()"))) != nil }) {
            return Double(value) / 100
        }
        return tokens.reversed().lazy.compactMap { token -> Double? in
            let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ":;()"))
            guard let value = GradeScale.number(trimmed) else { return nil }
            if (0...4).contains(value) { return value }
            guard colonMerged, let unmerged = GradeScale.number(String(trimmed.dropFirst())), (0...4).contains(unmerged),
                trimmed.split(whereSeparator: { $0 == "." || $0 == "," }).first?.count == 2 else { return nil }
            return unmerged
        }.first
    }

    /// "3,27." → "3,27": a full stop or comma after a number's last digit ends a sentence or a list, not the number.
    static func withoutClosingStop(_ token: String) -> String {
        token.count > 1 && (token.hasSuffix(".") || token.hasSuffix(",")) && token.dropLast().last?.isNumber == true ? String(token.dropLast()) : token
    }

    /// A number OCR split at its decimal sign ("3," "66") joined again: a digit and its sign, then two digits.
    static func joinedDecimals(_ tokens: [String]) -> [String] {
        var joined: [String] = []
        for token in tokens {
            if let last = joined.last, last.count == 2, last.first?.isNumber == true, [".", ","].contains(last.last),
                token.count == 2 || token.count == 3 && [".", ","].contains(token.last), token.prefix(2).allSatisfy(\.isNumber) {
                joined[joined.count - 1] = last + token
            } else {
                joined.append(token)
            }
        }
        return joined
    }
}
