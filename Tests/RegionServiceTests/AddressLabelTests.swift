import Contracts
import Testing
@testable import RegionService

/// Finding the recipient's and the sender's sections: labels in both languages, misread
/// labels, two columns read as one line, and columns by position.
struct AddressLabelTests {
    func roles(_ text: String) -> [(AddressRole?, String)] {
        AddressSections.split(ReceiptText(text: text)).map { ($0.role, $0.pieces.map { $0.words.map(\.text).joined(separator: " ") }.joined(separator: " / ")) }
    }

    @Test func labelsOpenSectionsAndTextFollowsTheLatestLabel() {
        let sections = roles("JP123\nPenerima: Budi\nJl. Mawar 1, Bandung 40111\nPENGIRIM : Toko A\nMedan\nBerat: 1 kg")
        #expect(sections.map(\.0) == [nil, .recipient, .sender, .other])
        #expect(sections[1].1 == "BUDI / JL MAWAR 1 BANDUNG 40111")
        #expect(sections[2].1 == "TOKO A / MEDAN")
    }

    @Test func bilingualMisreadAndEnglishLabels() {
        #expect(roles("Penerima / Consignee\nX").first?.0 == .recipient)
        #expect(roles("PENER1MA: X").first?.0 == .recipient)
        #expect(roles("Pengirlm: X").first?.0 == .sender)
        #expect(roles("Ship To: X").first?.0 == .recipient)
        #expect(roles("Return To: X").first?.0 == .sender)
        #expect(roles("Kepada Yth.\nX").first?.0 == .recipient)
        #expect(roles("Dari: X").first?.0 == .sender)
        // Letter groups read for one letter: RI for N, RN for M.
        #expect(roles("Perierima: X").first?.0 == .recipient)
        #expect(roles("Pengirirn: X").first?.0 == .sender)
        #expect(roles("PE NE RIMA\nX").first?.0 == .recipient)
    }

    @Test func placeWordsAreNotMistakenForLabels() {
        // BARAT is one edit from BERAT, TUBAN two from TUJUAN: neither opens a section.
        #expect(roles("Penerima: X\nBARAT 40111\nTUBAN").map(\.0) == [.recipient])
    }

    @Test func twoColumnsReadAsOneLineAreSplitAtTheSecondLabel() {
        let sections = roles("PENGIRIM: TOKO A PENERIMA: BUDI\nMEDAN")
        #expect(sections.map(\.0) == [.sender, .recipient])
    }

    @Test func columnsFollowTheLabelAboveThem() {
        func word(_ text: String, _ x: Int, _ y: Int) -> OCRWord { OCRWord(text: text, box: Box(x: x, y: y, width: 12 * text.count, height: 20), confidence: 0.9) }
        func line(_ words: [OCRWord]) -> OCRLine { OCRLine(text: words.map(\.text).joined(separator: " "), box: Box(x: 0, y: 0, width: 0, height: 20), confidence: 0.9, words: words) }
        let ocr = OCRResult(text: "", lines: [
            line([word("PENGIRIM", 20, 100), word("PENERIMA", 420, 100)]),
            line([word("Toko", 20, 140), word("Budi", 420, 140)]),
            line([word("MEDAN", 20, 180), word("BANDUNG", 420, 180), word("40111", 520, 180)]),
        ], width: 800, height: 1200)
        let sections = AddressSections.split(ReceiptText(ocr: ocr))
        let recipient = sections.first { $0.role == .recipient }
        #expect(recipient?.pieces.flatMap { $0.words.map(\.text) } == ["BUDI", "BANDUNG", "40111"])
        #expect(sections.first { $0.role == .sender }?.pieces.flatMap { $0.words.map(\.text) } == ["TOKO", "MEDAN"])
    }
}
