import Contracts
import Testing
@testable import OCRService

/// A table whose header has two levels: "SKS" over "T | P | Jml" (lecture, practical and total
/// credits) beside "Nilai". Synthetic word boxes, independent of Tesseract.
@Suite struct TranscriptTwoLevelHeaderTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// The practical-credits column of zeros would read as a column of D grades ("0" is OCR's D) with
    /// more lines than the letters, two of which were lost (dev psi 10019 #9): it is no grade column.
    /// The semester's "Jumlah 13 1 14" totals the Jml column, the rows' credits.
    @Test func aColumnOfZerosIsNoGradeColumnAndTheTotalIsAnyOfItsNumbers() {
        var words = line(100, [("Kode MK", 60), ("Mata Kuliah", 300), ("SKS", 850), ("Nilai", 1000), ("Bobot", 1100), ("Mutu", 1200)])
        words += line(130, [("T", 800), ("P", 860), ("Jml", 920)])
        let rows = [("871201", "Bahasa Inggris", 2, 0, "B"), ("871202", "Pendidikan Agama", 2, 0, "A"), ("701303", "Pengantar Akuntansi", 3, 0, "AB"),
                    ("701304", "Pengantar Ekonomi Mikro", 3, 1, "B"), ("701305", "Pengantar Manajemen", 3, 0, "BC")]
        let points = ["A": 4.0, "AB": 3.5, "B": 3.0, "BC": 2.5]
        for (index, row) in rows.enumerated() {
            let credits = row.2 + row.3, grade = points[row.4] ?? 0
            var cells = [(row.0, 60), (row.1, 300), ("\(row.2)", 802), ("\(row.3)", 862), ("\(credits)", 922)]
            if index >= 2 { cells.append((row.4, 1005)) }
            cells += [(String(format: "%.2f", grade), 1100), (String(format: "%.2f", grade * Double(credits)), 1200)]
            words += line(170 + 40 * index, cells)
        }
        words += line(370, [("Jumlah", 600), ("13", 800), ("1", 862), ("14", 920), ("43.00", 1200)])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(!table.rows.contains { $0.grade == "D" })
        #expect(table.rows.map(\.code) == ["701303", "701304", "701305"])
        #expect(table.rows.map(\.sks) == [3, 4, 3])
        // the two rows whose letters were lost are in doubt (so is the sub-label line, counted as a row not read)
        #expect(table.unreadableRows >= 2)
        let total = try? #require(table.totals.first)
        #expect(total?.printed == 13)
        #expect(total?.alongside == [1, 14])
        let all = rows.map { CourseRow(code: $0.0, name: $0.1, sks: $0.2 + $0.3, grade: $0.4) }
        #expect(total?.agrees(with: all, scale: .indonesian) == true)
    }
}
