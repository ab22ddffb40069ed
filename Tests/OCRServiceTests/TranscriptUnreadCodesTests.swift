import Contracts
import Testing
@testable import OCRService

/// A second table beside the first whose cells the layout dropped leaves course codes on the
/// page that no row read: that sends the page to the second looks (sparse, band).
@Suite struct TranscriptUnreadCodesTests {
    func line(_ y: Int, _ cells: [(String, Int)]) -> [OCRWord] { TranscriptTableTests().line(y, cells) }

    /// Left table read whole; the right one shows codes and names only.
    func page(rightCodes: [String]) -> [OCRWord] {
        var words = line(220, [("Kode", 60), ("Mata Kuliah", 200), ("SKS", 500), ("Nilai", 560), ("Kode", 700), ("Mata Kuliah", 840)])
        let left = ["TIK191178", "TIK191194", "TIK181178", "TIK191216"]
        for (index, code) in left.enumerated() {
            let right = index < rightCodes.count ? [(rightCodes[index], 700), ("Kewirausahaan", 840)] : []
            words += line(262 + index * 40, [(code, 60), ("Statistika Dasar", 200), ("3", 500), ("B", 560)] + right)
        }
        for (index, code) in rightCodes.dropFirst(left.count).enumerated() {
            words += line(422 + index * 40, [(code, 700), ("Riset Operasi", 840)])
        }
        return words
    }

    @Test func codesNoRowReadSendThePageToASecondLook() {
        let words = page(rightCodes: ["MPK172431", "MPK202441", "TIK213537", "TIK213501", "MPK183568"])
        let table = TranscriptTable(words: words, scale: .indonesian)
        #expect(table.rows.count == 4)
        #expect(table.showsFewerRows(thanCodesIn: words))
    }

    @Test func aTableReadWholeDoesNot() {
        let words = page(rightCodes: [])
        #expect(!TranscriptTable(words: words, scale: .indonesian).showsFewerRows(thanCodesIn: words))
    }

    /// Score ranges, periods, a NIM and "Semester1" are no course codes.
    @Test func numbersThatLookLikeCodesDoNotCount() {
        let words = page(rightCodes: []) + line(700, [("81.00-100.00", 60), ("76.00-80.99", 200), ("20211", 340), ("1301194123", 480), ("Semester1", 620), ("22.12.336.45", 760)])
        #expect(!TranscriptTable(words: words, scale: .indonesian).showsFewerRows(thanCodesIn: words))
    }
}
