import Contracts
import Testing
@testable import OCRService

/// A bilingual student block in two columns with no colons ("Semester / Semester   8" right of
/// the birth date) and a course-type column (Sifat: W, P) between the names and the credits.
@Suite struct TranscriptBilingualBlockTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    @Test func theSemesterOfARightHandColumnWithoutColonsIsRead() {
        var words = line(100, [("Nama Mahasiswa / Name", 40), ("Umi Hutapea", 420), ("Fakultas / Faculty", 760), ("Ekonomi", 1100)])
        words += line(140, [("Tempat, Tgl. Lahir / Place, Date of Birth", 40), ("Magelang, 6 Desember 2003", 520), ("Semester / Semester", 900), ("8", 1200)])
        words += line(220, [("Kode", 40), ("Mata Kuliah", 200), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("ACC103", 40), ("Matematika Ekonomi", 200), ("3", 900), ("A", 1000)])
        let reading = TranscriptReader.reading(words: words, scale: .indonesian)
        #expect(reading.semester == 8)
    }

    @Test func aTranslatedSemesterLabelWithItsColon() {
        var words = line(100, [("No. Mahasiswa / Student ID", 40), (": H482017026", 420), ("Semester / Semester", 760), (":", 1100), ("7", 1120)])
        words += line(220, [("Kode", 40), ("Mata Kuliah", 200), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("ACC103", 40), ("Matematika Ekonomi", 200), ("3", 900), ("A", 1000)])
        #expect(TranscriptReader.reading(words: words, scale: .indonesian).semester == 7)
    }

    @Test func aCourseTypeColumnIsNoPartOfTheName() {
        var words = line(220, [("Kode", 40), ("Mata Kuliah", 200), ("Sifat", 760), ("SKS", 900), ("Nilai", 1000)])
        words += line(262, [("EKA103", 40), ("Pengantar Akuntansi I", 200), ("W", 770), ("3", 900), ("B", 1000)])
        words += line(302, [("EKA505", 40), ("Auditing I", 200), ("P", 770), ("3", 900), ("C", 1000)])
        #expect(TranscriptTable(words: words, scale: .indonesian).rows.map(\.name) == ["Pengantar Akuntansi I", "Auditing I"])
        // the same column under a label the reader does not know is cut off by its distance
        var unnamed = line(220, [("Kode", 40), ("Mata Kuliah", 200), ("Catatan", 760), ("SKS", 900), ("Nilai", 1000)])
        unnamed += line(262, [("EKA103", 40), ("Pengantar Akuntansi I", 200), ("Wjb", 770), ("3", 900), ("B", 1000)])
        #expect(TranscriptTable(words: unnamed, scale: .indonesian).rows.map(\.name) == ["Pengantar Akuntansi I"])
    }
}
