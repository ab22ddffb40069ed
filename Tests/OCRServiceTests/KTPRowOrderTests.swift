import Contracts
import Testing
@testable import OCRService

/// Rows whose label OCR lost are given the label their place in the fixed row order implies;
/// a label cut short is recognised by its start; a one-letter value after the colon is kept.
struct KTPRowOrderTests {
    /// Words at x = 10, 22, …; a word "@" marks the colon column (x = 200).
    func line(_ text: String, y: Int) -> OCRLine {
        var x = 10
        let words = text.split(separator: " ").map { word -> OCRWord in
            if word == ":" || word == "!" { x = 200 }
            defer { x += word.count * 12 + 20 }
            return OCRWord(text: String(word), box: Contracts.Box(x: x, y: y, width: word.count * 12, height: 20), confidence: 0.9)
        }
        return OCRLine.joining(words)
    }

    func parse(_ rows: [String]) -> KTPLayoutParser.Result {
        KTPLayoutParser().parse(rows.enumerated().map { line($1, y: $0 * 40) })
    }

    @Test func unreadableLabelsTakeTheirPlaceInTheRowOrder() {
        let parsed = parse([
            "PROVINSI JAWA BARAT", "KABUPATEN BANDUNG", "-530407700R8969797", "Neme : SITI WANI", "Tempat/Tgl Lahir : BELU, 30-08-1996",
            "Jenis Kelamin : PEREMPUAN Gol. Darah : O", "Alam ! KP SUKARAJA", "RT/RW : 006/008", "Kel/Desa : TIALAI",
        ])
        #expect(parsed.values[.nama]?.text == "SITI WANI")
        #expect(parsed.values[.alamat]?.text == "KP SUKARAJA")
        #expect(parsed.values[.rtRw]?.text == "006/008")
    }

    @Test func twoRowsForOneMissingLabelAreLeftAlone() {
        let parsed = parse(["NIK : 3204051708900001", "Xq : BUDI", "Zz : SANTOSO", "Tempat/Tgl Lahir : BANDUNG, 17-08-1990"])
        #expect(parsed.values[.nama] == nil)
    }

    @Test func labelsCutShortAreKnownByTheirStart() {
        let parsed = parse(["Status Perkawinan : KAWIN", "Peke! PELAJAR/MAHASISWA", "Kewarg: WNI"])
        #expect(parsed.values[.pekerjaan]?.text == "PELAJAR/MAHASISWA")
        #expect(parsed.values[.kewarganegaraan]?.text == "WNI")
    }

    @Test func balineseIAfterTheColonIsAValue() {
        let parsed = parse(["NIK : 5105031908750001", "Nama : I MADE WISNU", "Agama : ISLAM"])
        #expect(parsed.values[.nama]?.text == "I MADE WISNU")
    }
}
