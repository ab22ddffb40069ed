import Contracts
import Foundation
import Testing
@testable import OCRService

/// A campus app's course list (a phone screenshot): each course a name line over a
/// "CODE • 3 SKS" line, the grade alone at the right. Synthetic word boxes, independent of Tesseract.
@Suite struct TranscriptCourseListTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// One item from `top`: the name, then the code, a bullet as OCR reads it (one small
    /// character), the credits and "SKS"; the grade where `grade` puts it (nil: lost).
    func item(_ top: Int, _ course: CourseRow, bullet: String = "•", grade at: Int? = 18) -> [OCRWord] {
        let code = course.code ?? "", right = 70 + 12 * code.count
        var words = line(top, [(course.name, 70)]) + line(top + 36, [(code, 70)])
        words.append(OCRWord(text: bullet, box: Box(x: right + 14, y: top + 43, width: 11, height: 11), confidence: 0.5))
        words += line(top + 36, [("\(course.sks)", right + 38), ("SKS", right + 60)])
        if let at { words.append(OCRWord(text: course.grade, box: Box(x: 1316, y: top + at, width: 30, height: 30), confidence: 0.8)) }
        return words
    }

    let courses = [CourseRow(code: "PMT101", name: "Kalkulus Diferensial", sks: 3, grade: "C"),
                   CourseRow(code: "PMT102", name: "Logika Matematika", sks: 2, grade: "A"),
                   CourseRow(code: "MKU104", name: "Bahasa Indonesia", sks: 2, grade: "A-"),
                   CourseRow(code: "PMT201", name: "Aljabar Linear Elementer", sks: 3, grade: "B+"),
                   CourseRow(code: "PMT202", name: "Kalkulus Integral", sks: 3, grade: "E")]

    /// The page (dev chi 10016 #1): a card, a semester heading with its credits, the items, the totals line.
    func page(bullets: [String] = [], grades: [Int?] = []) -> [OCRWord] {
        var words = line(200, [("DALIMA MULYANI", 100)]) + line(240, [("NIM 23.61.3899", 100)]) + line(280, [("Semester 4 Aktif", 100)])
        words += line(400, [("Semester 1 — Ganjil 2023/2024", 68), ("12 SKS", 1328)])
        for (index, course) in courses.enumerated() {
            let bullet = index < bullets.count ? bullets[index] : "•"
            words += item(460 + 110 * index, course, bullet: bullet, grade: index < grades.count ? grades[index] : 18)
        }
        return words + line(1100, [("Total SKS: 13", 68), ("IPK: 3,00", 1236)])
    }

    /// The grade beside the name, on a line of its own between name and code, or beside the
    /// code; the bullet read as a letter ("e", "@"): every item is a row, nothing unread.
    @Test func everyItemIsARowWhereverItsGradeStands() {
        let words = page(bullets: ["•", "e", "@", "»", "•"], grades: [2, 18, 36, 18, 30])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows == courses)
        #expect(table.unreadableRows == 0)
    }

    /// An item whose grade OCR lost is counted unreadable, not silently dropped; so is a course's
    /// code line that reads as no item (its credits lost).
    @Test func anItemWithoutItsGradeOrCreditsIsUnreadable() {
        let table = TranscriptTable(words: page(grades: [18, nil]), scale: .indonesian)
        #expect(table.rows.map(\.code) == ["PMT101", "MKU104", "PMT201", "PMT202"])
        #expect(table.unreadableRows == 1)
        let garbled = page().map { $0.text == "SKS" && $0.box.y == 460 + 110 * 3 + 36 ? OCRWord(text: "5K5", box: $0.box, confidence: 0.3) : $0 }
        let other = TranscriptTable(words: garbled, scale: .indonesian)
        #expect(other.rows.map(\.code) == ["PMT101", "PMT102", "MKU104", "PMT202"])
        #expect(other.unreadableRows == 1)
    }

    /// A table whose rows print code, name, SKS and grade on one line is no list.
    @Test func aTableIsNoList() {
        var words = line(200, [("Kode", 70), ("Mata Kuliah", 240), ("SKS", 900), ("Nilai", 1000)])
        for (index, course) in courses.enumerated() {
            words += line(240 + 40 * index, [(course.code ?? "", 70), (course.name, 240), ("\(course.sks)", 905), (course.grade, 1005)])
        }
        #expect(TranscriptList(TranscriptTable.rows(of: words), scale: .indonesian) == nil)
        #expect(TranscriptTable(words: words, scale: .indonesian).rows == courses)
    }
}

/// Two generated app screenshots (chi, seeds 59 and 61, list style with grade badges; read
/// after the list reader was written, not tuned on) read with the real Tesseract engine.
@Suite struct TranscriptCourseListPageTests {
    @Test func gradesInBadgesAreReadOrLeftInDoubt() async throws {
        let folder = try FixtureCards.directory("khs-list")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }.sorted()
        #expect(names.count == 2)
        let reader = try TranscriptReader(engines: 1)
        var grades = 0, right = 0, wrong = 0
        for name in names {
            let base = folder.appendingPathComponent(String(name.dropLast(4)))
            let truth = try JSONDecoder().decode(TranscriptFixtureTests.Truth.self, from: Data(contentsOf: base.appendingPathExtension("json")))
            let reading = try await reader.read([UInt8](try Data(contentsOf: base.appendingPathExtension("jpg"))))
            for row in truth.rows {
                grades += 1
                guard let read = reading.rows.first(where: { $0.name == row.name && $0.sks == row.sks }) else { continue }
                if read.grade == row.grade { right += 1 } else { wrong += 1 }
            }
        }
        print("KHS course lists: grades \(right)/\(grades), \(wrong) wrong")
        // measured 23/25, none wrong (2026-11-24); before the list reader, none of them was a row
        #expect(Double(right) / Double(grades) >= 0.85)
        #expect(wrong <= 1)
    }
}
