import Contracts
import Testing
@testable import RegionService

/// Deciding: the recipient's address wins over the sender's, conflicts are reported and
/// weighed, and nothing readable is UNKNOWN with low confidence.
struct DecisionTests {
    func answer(_ text: String) throws -> RegionClassification {
        try RealRegistry.loadedClassifier().classify(text: text)
    }

    @Test func theSendersAddressIsIgnored() throws {
        let result = try answer("""
            PENGIRIM: Toko Maju, Jl. Asia 3, Kota Medan, Sumatera Utara 20112
            PENERIMA: Budi, Jl. Mawar 1, Kota Bandung, Jawa Barat 40115
            """)
        #expect(result.region == .jawa)
        #expect(result.province == "Jawa Barat")
        #expect(result.islandGroup == "Jawa")
        #expect(result.postalCode == "40115")
        #expect(result.confidence > 0.8)
        #expect(result.evidence.contains { $0.contains("ignored") })
        let reversed = try answer("PENERIMA: Sari, Jl. Asia 3, Kota Medan, Sumatera Utara 20112\nPENGIRIM: Toko, Kota Bandung, Jawa Barat 40115")
        #expect(reversed.region == .luarJawa)
        #expect(reversed.islandGroup == "Sumatera")
    }

    @Test func postcodeAndCityDisagreeing_isReportedAndWeighed() throws {
        // 40115 is Kota Bandung; the city and province lines say Makassar in South Sulawesi.
        let result = try answer("Penerima: Budi\nJl. Mawar 1, Kota Makassar, Sulawesi Selatan 40115")
        #expect(result.region == .luarJawa)
        #expect(result.city == "Kota Makassar")
        #expect(result.evidence.contains { $0.hasPrefix("conflict:") && $0.contains("40115") })
        #expect(result.confidence < 0.8)
        let agreeing = try answer("Penerima: Budi\nJl. Mawar 1, Kota Makassar, Sulawesi Selatan 90111")
        #expect(agreeing.confidence > result.confidence)
    }

    @Test func nothingReadableIsUnknown() throws {
        for text in ["Penerima: Budi\n08123456789", "asdf qwer zxcv", "PENGIRIM: Toko, Kota Bandung 40115", "Berat: 1 kg"] {
            let result = try answer(text)
            #expect(result.region == .unknown, "\(text)")
            #expect(result.province == nil)
            #expect(result.city == nil)
            #expect(result.confidence <= 0.1)
            #expect(!result.evidence.isEmpty)
        }
    }

    @Test func aPostcodeAloneDecidesByThePostalRule() throws {
        let known = try answer("Kepada: Budi\nKode pos 40115")
        #expect(known.region == .jawa)
        #expect(known.city == "Kota Bandung")
        let unknown = try answer("Kepada: Budi\nKode pos 98999")
        #expect(unknown.region == .luarJawa)
        #expect(unknown.province == nil)
        #expect(unknown.confidence < 0.5)
        #expect(unknown.evidence.contains { $0.contains("postal code starting with 1, 4, 5 or 6") })
    }

    @Test func unlabelledAddressIsReadWhenItIsTheOnlyOne() throws {
        let result = try answer("Jl. Merdeka 1, Bandung 40111")
        #expect(result.region == .jawa)
        #expect(result.province == "Jawa Barat")
    }

    @Test func oneMisreadNameAloneIsNotEnough() throws {
        // `ARE TENGAH` is within the edits allowed of Aceh Tengah: noise, with nothing to back it.
        let alone = try answer("Penerima: Budi\nDIDI LET ARE TENGAH AW STAT")
        #expect(alone.region == .unknown)
        let backed = try answer("Penerima: Budi\nKAB. ACEH TENGAN, ACEH")
        #expect(backed.region == .luarJawa)
        #expect(backed.city == "Kabupaten Aceh Tengah")
    }

    @Test func aRegencyNameCutShortIsSettledByItsDistrict() throws {
        // `Batang` (Jawa Tengah) is Batanghari (Jambi) cut at the photo's edge: Maro Sebo Ulu lies in Batanghari.
        let cut = try answer("Penerima: Ganda\nKel. Tebing Tinggi, Kecamatan Maro Sebo Ulu, Kabupaten Batang")
        #expect(cut.region == .luarJawa)
        #expect(cut.city == "Kabupaten Batanghari")
        let whole = try answer("Penerima: Ganda\nKecamatan Warungasem, Kabupaten Batang, Jawa Tengah")
        #expect(whole.city == "Kabupaten Batang")
    }

    @Test func anUnlabelledAddressOnAPhotoIsNotTakenForTheRecipients() throws {
        func line(_ text: String, _ y: Int) -> OCRLine {
            let words = text.split(separator: " ").enumerated().map { OCRWord(text: String($1), box: Box(x: 20 + 90 * $0, y: y, width: 80, height: 20), confidence: 0.9) }
            return OCRLine(text: text, box: Box(x: 20, y: y, width: 90 * words.count, height: 20), confidence: 0.9, words: words)
        }
        let photo = OCRResult(text: "", lines: [line("AHMAD", 100), line("Kota Magelang, Jawa Tengah, 56114", 130), line("WAKE KEL WANG", 200)], width: 800, height: 1200)
        let result = try RealRegistry.loadedClassifier().classify(ocr: photo)
        #expect(result.region == .unknown)
        #expect(result.evidence.contains { $0.contains("no label") })
    }

    @Test func twoUnlabelledAddressesInDifferentRegionsAreUnknown() throws {
        let result = try answer("KOTA BANDA ACEH, ACEH 23243\nJl. Imam Bonjol 5, KAB. BANDUNG, JAWA BARAT 40382")
        #expect(result.region == .unknown)
        #expect(result.evidence.contains { $0.contains("two addresses") })
        let sameRegion = try answer("KOTA BANDUNG 40115\nKAB. SLEMAN, DIY 55581")
        #expect(sameRegion.region == .jawa)
        #expect(sameRegion.confidence < 0.9)
    }
}
