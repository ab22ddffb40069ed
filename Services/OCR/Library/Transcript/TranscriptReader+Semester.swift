import Contracts
import Foundation

extension TranscriptReader {
    /// "Masa Studi : 4 Tahun (8 Semester)", "Length of Study : 4 Years (8 Semesters)": the
    /// semesters a graduate studied (1…14), printed as a number before the word semester.
    static func studyLength(_ lower: [String], tokens: [String]) -> Int? {
        guard let first = lower.first, ["masa", "lama", "length", "duration", "period"].contains(first) else { return nil }
        for index in lower.indices.dropFirst() where lower[index].hasPrefix("semester") {
            let number = tokens[index - 1].trimmingCharacters(in: CharacterSet(charactersIn: "():;.,"))
            if let value = Int(number), (1...14).contains(value) { return value }
        }
        return nil
    }

    /// A semester label with its translation ("Semester / Semester : 8", "Semester / Current Term : V") or a qualifier ("Semester
    /// Aktif : 3", "Semester Saat Ini : 3") as the label alone.
    static func withoutTranslation(_ line: [OCRWord]) -> [OCRWord] {
        guard let label = line.first else { return line }
        let qualifiers: Set<String> = ["aktif", "berjalan", "sekarang", "saat", "ini", "ke", "current"]
        let rest = line.dropFirst().drop { qualifiers.contains($0.text.lowercased()) }
        guard rest.count == line.count - 1 else { return [label] + rest }
        guard rest.first?.text == "/" else { return line }
        let translation = rest.dropFirst()
        // a translation of several words runs to the colon ("Semester / Current Term : V")
        if let colon = translation.prefix(4).firstIndex(where: { $0.text.hasPrefix(":") }) { return [label] + translation[colon...] }
        return [label] + translation.drop { $0.text == "/" || TranscriptLabelReread.isSemesterLabel($0) }
    }

    /// "Semester : 5", "Semester: VI", "Smt 3", "Semester ke-5" → the number (1…14); nil for "Semester Ganjil". A
    /// colon read together with a mark before it ("1:2", "2:4" for ": 4") leaves what follows it,
    /// and one read as a "1" before the digit ("15") leaves the digit.
    static func semesterNumber(_ tokens: [String]) -> Int? {
        let roman = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14]
        for token in tokens.dropFirst().prefix(3) {
            let afterColon = token.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? token
            let trimmed = afterColon.trimmingCharacters(in: CharacterSet(charactersIn: ":;.,()|"))
            // "Semester ke-5": the ordinal's prefix
            let cleaned = trimmed.lowercased().hasPrefix("ke-") ? String(trimmed.dropFirst(3)) : trimmed
            if cleaned.lowercased() == "ke" { continue }
            if let number = Int(cleaned) ?? roman[cleaned], (1...14).contains(number) { return number }
            // "15" for ": 5": no student is in semester 15-19; the "1" is the colon
            if cleaned.count == 2, cleaned.first == "1", let number = Int(cleaned), number > 14 { return number - 10 }
            if !cleaned.isEmpty { return nil }
        }
        return nil
    }

    /// A student block's right-hand column printed without colons, its value at the line's end
    /// ("… 6 Desember 2003   Semester / Semester   8"): the label stands mid-line, the number
    /// (1…14) ends the line. Never a semester's IP, SKS or mutu ("IP Semester 3.20", "Jumlah SKS
    /// Semester 21"). A value at the colon column of the other `lines` is ": N" read as one word ("13").
    static func trailingSemester(_ line: [OCRWord], lines: [[OCRWord]] = []) -> Int? {
        guard let label = line.indices.dropFirst().last(where: { TranscriptLabelReread.isSemesterLabel(line[$0]) }),
            !["ip", "ips", "indeks", "prestasi", "sks", "jumlah", "total", "mutu"].contains(line[label - 1].text.lowercased().filter(\.isLetter))
        else { return nil }
        let rest = withoutTranslation(Array(line[label...])).filter { $0.text != ":" }
        guard rest.count == 2 else { return nil }
        // the value at the block's colon column ("13" for ": 3") has its colon merged
        return semesterNumber(TranscriptLabelReread.tokensWithoutMergedColon(rest, lines: lines, guessing: false))
    }

    /// A letter's sentence naming the student's semester: "… mahasiswa aktif semester 3, …",
    /// "… tercatat pada semester 3 (tiga) …" — the word semester after aktif/pada/sedang, then
    /// its number; never "telah menempuh 3 semester" (semesters studied, the number before).
    static func sentenceSemester(_ lower: [String], tokens: [String]) -> Int? {
        guard tokens.count >= 5 else { return nil }
        for index in lower.indices.dropFirst() where lower[index].hasPrefix("semest") && ["aktif", "pada", "sedang", "di"].contains(lower[index - 1]) {
            if let number = semesterNumber(Array(tokens[index...])) { return number }
        }
        return nil
    }
}
