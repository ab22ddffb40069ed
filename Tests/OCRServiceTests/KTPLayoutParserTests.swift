import Contracts
import Testing
@testable import OCRService

/// Parses OCR lines as a card's layout, including misread labels and lost colons.
struct KTPLayoutParserTests {
    func line(_ text: String, y: Int) -> OCRLine {
        var x = 10
        let words = text.split(separator: " ").map { word -> OCRWord in
            defer { x += word.count * 12 + 10 }
            let text: String = String(word)
            return OCRWord(text: text, box: Contracts.Box(x: x, y: y, width: word.count * 12, height: 20), confidence: 0.9)
        }
        return OCRLine.joining(words)
    }

    @Test func readsHeaderAndLabelledFields() {
        let lines = [
            "PROVINSI JAWA BARAT", "KABUPATEN BANDUNG", "NIK : 3204051708900001", "Nama : BUDI SANTOSO",
            "Tempat/Tgl Lahir : BANDUNG, 17-08-1990", "Jenis Kelamin : LAKI-LAKI Gol. Darah : O", "Alamat : JL. MERDEKA NO. 12",
            "RT/RW : 001/002", "Kel/Desa : BABAKAN PEUTEUY", "Kecamatan : CICALENGKA", "Agama : ISLAM",
            "Status Perkawinan : KAWIN", "Pekerjaan : KARYAWAN SWASTA", "Kewarganegaraan : WNI", "Berlaku Hingga : SEUMUR HIDUP",
        ].enumerated().map { line($1, y: $0 * 30) }
        let parsed = KTPLayoutParser().parse(lines)
        #expect(parsed.provinceLine?.text == "JAWA BARAT")
        #expect(parsed.regencyLine?.text == "KABUPATEN BANDUNG")
        #expect(parsed.values[.nama]?.text == "BUDI SANTOSO")
        #expect(parsed.values[.jenisKelamin]?.text == "LAKI-LAKI")
        #expect(parsed.values[.golonganDarah]?.text == "O")
        #expect(parsed.values[.pekerjaan]?.text == "KARYAWAN SWASTA")
        #expect(parsed.labelsFound == 14)
    }

    @Test func toleratesMisreadLabelsAndMissingColons() {
        let lines = ["Narna BUDI SANTOSO", "Kecarnatan: CICALENGKA", "Pekerjaan KARYAWAN SWASTA", "Agarna ; ISLAM"]
            .enumerated().map { line($1, y: $0 * 30) }
        let parsed = KTPLayoutParser().parse(lines)
        #expect(parsed.values[.nama]?.text == "BUDI SANTOSO")
        #expect(parsed.values[.kecamatan]?.text == "CICALENGKA")
        #expect(parsed.values[.pekerjaan]?.text == "KARYAWAN SWASTA")
        #expect(parsed.values[.agama]?.text == "ISLAM")
    }

    @Test func receiptTextHasNoKTPLabels() {
        let lines = ["JNE EXPRESS", "PENERIMA: SITI AMINAH", "JL. SUDIRMAN 5 JAKARTA 10220", "BERAT 1 KG ONGKIR 18000"]
            .enumerated().map { line($1, y: $0 * 30) }
        #expect(KTPLayoutParser().parse(lines).labelsFound < 2)
    }
}
