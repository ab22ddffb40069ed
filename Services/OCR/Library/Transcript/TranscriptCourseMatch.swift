import Contracts
import Foundation

/// Finds the transcript row a requirement names: by course code when the requirement is a code
/// (its dots and dashes aside), else by name, exact after normalising (case, punctuation, Roman numerals; or with
/// every space lost, letter for letter) or within a small
/// edit distance (≤ 15 % of the longer name, so "Kalkulus I" never matches "Kalkulus II").
enum TranscriptCourseMatch {
    static func find(_ wanted: String, in rows: [CourseRow]) -> CourseRow? {
        // a code's dots and dashes are small and often lost ("UNV1201" for "UNV.1.201")
        let code = wanted.uppercased().filter { $0.isLetter || $0.isNumber }
        if code.contains(where: \.isNumber), let byCode = rows.first(where: { $0.code?.uppercased().filter { $0.isLetter || $0.isNumber } == code }) { return byCode }
        let target = normalise(wanted)
        if let exact = rows.first(where: { normalise($0.name) == target }) { return exact }
        // a name read with its spaces lost ("PENGANTARAKUNTANSII"): the same letters in the same order, exactly
        let glued = target.filter { $0 != " " }
        if glued.count >= 6, let exact = rows.first(where: { normalise($0.name).filter { $0 != " " } == glued }) { return exact }
        let scored = rows.map { ($0, distance(normalise($0.name), target)) }.min { $0.1 < $1.1 }
        guard let (row, cost) = scored, Double(cost) <= 0.15 * Double(max(target.count, normalise(row.name).count)),
            romanSuffix(normalise(row.name)) == romanSuffix(target) else { return nil }
        return row
    }

    /// A row that is not the course but could be it misread: its code one character off the
    /// wanted code (letters taken for digits aside) or not read at all, its name not read at all or
    /// shared by three rows, or its name a clipped start of the wanted one ("Bah" for "Bahasa Inggris"),
    /// holding the wanted name whole, worn (``isWorn(_:of:)``), or within 30 % edits, never with a different numeral ("Kalkulus I" is not "Kalkulus II").
    static func resembling(_ wanted: String, in rows: [CourseRow]) -> CourseRow? {
        let target = normalise(wanted), code = wanted.uppercased().filter { !$0.isWhitespace }
        // a code of letters and digits, or of digits only ("3191043": many campuses number their courses)
        // (dots and dashes aside: "20.4.013", "MPK-204")
        let characters = code.filter { $0.isLetter || $0.isNumber }
        let isCode = characters.contains(where: \.isNumber) && (characters.contains(where: \.isLetter) || characters.count >= 4 && characters.allSatisfy(\.isNumber))
        // one name on three rows or more ("Gasal", "Genap": a period column read for the names) tells
        // the names were not read; a course retaken repeats its name once
        if !isCode, let repeated = onThreeRows(rows, by: { normalise($0.name) }) { return repeated }
        // likewise one code on three rows or more ("20191": a period column read for the codes)
        if isCode, let repeated = onThreeRows(rows, by: { $0.code?.uppercased() }) { return repeated }
        return rows.first { row in
            // a row whose code was not read (or was read into its name) may be the one a code names
            if isCode, row.code == nil || row.name.uppercased().split(separator: " ").contains(Substring(code)) { return true }
            if let rowCode = row.code?.uppercased(), isCode, distance(folded(rowCode), folded(code)) <= 1 { return true }
            let name = normalise(row.name)
            // a row whose name OCR lost, or read only the code printed with it ("(MKWU.1.01)"), may be any course
            if name.isEmpty || readsAsCode(row.name) { return !isCode }
            guard romanSuffix(name) == romanSuffix(target) || romanSuffix(name).isEmpty else { return false }
            if isWorn(name, of: target) { return true }
            // the wanted name whole inside a longer one ("Etika Profesi / Professional Ethics", or
            // "Basis Data Lanjut" for "Basis Data"): a person tells which
            if !target.isEmpty, " \(name) ".contains(" \(target) ") { return true }
            return (name.count >= 3 && target.hasPrefix(name))
                || Double(distance(name, target)) <= 0.3 * Double(max(name.count, target.count)) && nearWhereTheyDiffer(name, target)
        }
    }

    /// A name a fifth or more of whose letters and digits are digits: a course code read where the
    /// name was lost ("MKWU. 2.01}", "HMARS.I.04)"); "Kalkulus 2" is a name.
    static func readsAsCode(_ name: String) -> Bool {
        let kept = name.filter { $0.isLetter || $0.isNumber }
        return !kept.isEmpty && kept.filter(\.isNumber).count * 5 >= kept.count
    }

    /// The first row whose `key` (a name or a code, normalised) stands on three rows or more:
    /// another column read for that one.
    static func onThreeRows(_ rows: [CourseRow], by key: (CourseRow) -> String?) -> CourseRow? {
        let counts = Dictionary(rows.compactMap { key($0).map { ($0, 1) } }, uniquingKeysWith: +)
        return rows.first { row in key(row).map { (counts[$0] ?? 0) >= 3 } ?? false }
    }

    /// The words two names do not share at their start and end within 40 % edits of each other:
    /// "pendidikan agama" is no misread "pendidikan pancasila" ("agama"/"pancasila"), "kirnia dasar" is "kimia dasar".
    static func nearWhereTheyDiffer(_ one: String, _ other: String) -> Bool {
        var first = one.split(separator: " "), second = other.split(separator: " ")
        while let word = first.first, word == second.first { first.removeFirst(); second.removeFirst() }
        while let word = first.last, word == second.last { first.removeLast(); second.removeLast() }
        let left = first.joined(separator: " "), right = second.joined(separator: " ")
        return Double(distance(left, right)) <= 0.4 * Double(max(left.count, right.count, 1))
    }

    /// A name OCR lost letters of ("o isasi dan arsitek" for "organisasi dan arsitektur komputer"):
    /// at least half as long as `target`, and at least 90 % of its letters found in order in it
    /// ("bahasa indonesia" is no worn "bahasa inggris": 9 of 15).
    static func isWorn(_ name: String, of target: String) -> Bool {
        let letters = Array(name.filter { $0 != " " }), wanted = Array(target.filter { $0 != " " })
        guard letters.count * 2 >= wanted.count, !letters.isEmpty else { return false }
        var previous = Array(repeating: 0, count: wanted.count + 1)
        for letter in letters {
            var current = [0]
            for (j, other) in wanted.enumerated() {
                current.append(letter == other ? previous[j] + 1 : max(previous[j + 1], current[j]))
            }
            previous = current
        }
        return Double(previous[wanted.count]) >= 0.9 * Double(letters.count)
    }

    /// A code with the letters OCR takes for digits read as those digits ("FISI22" ~ "F15122"),
    /// so one slip plus one lost character still resembles the code.
    static func folded(_ code: String) -> String {
        let digit: [Character: Character] = ["I": "1", "L": "1", "O": "0", "D": "0", "S": "5", "B": "8", "Z": "2", "G": "6"]
        return String(code.map { digit[$0] ?? $0 })
    }

    /// Lower case, letters/digits/spaces only, "1"/"2"/"3" as Roman numerals, single spaces; a bar
    /// or "l" closing the name is the Roman one OCR took it for ("Fisika Dasar|", "Kalkulus l").
    static func normalise(_ name: String) -> String {
        var name = name.trimmingCharacters(in: .whitespaces)
        if name.hasSuffix("|") || name.hasSuffix(" l") { name = String(name.dropLast()) + " I" }
        let kept = String(name.lowercased().replacingOccurrences(of: "&", with: " dan ").map { (character: Character) -> Character in
            character.isLetter || character.isNumber ? character : " "
        })
        let roman: [String: String] = ["1": "i", "2": "ii", "3": "iii", "4": "iv"]
        return kept.split(separator: " ").map { word -> String in roman[String(word)] ?? String(word) }.joined(separator: " ")
    }

    static func romanSuffix(_ normalised: String) -> String {
        let last = normalised.split(separator: " ").last.map(String.init) ?? ""
        return last.allSatisfy({ "ivx".contains($0) }) ? last : ""
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
