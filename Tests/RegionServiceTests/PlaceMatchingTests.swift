import Contracts
import Testing
@testable import RegionService

/// Abbreviations, marker words and misread names, matched against the real registry.
struct PlaceMatchingTests {
    func answer(_ text: String) throws -> RegionClassification {
        try RealRegistry.loadedClassifier().classify(text: text)
    }

    @Test(arguments: [
        ("Penerima: Budi\nJl. Mawar 2, Kebayoran Baru, JAKSEL", "Daerah Khusus Ibukota Jakarta", "Kota Administrasi Jakarta Selatan"),
        ("Penerima: Budi\nJl. Mawar 2, Kebayoran Baru, JKT Selatan", "Daerah Khusus Ibukota Jakarta", "Kota Administrasi Jakarta Selatan"),
        ("Kepada: Sari\nCileunyi, KAB. BANDUNG, JABAR", "Jawa Barat", "Kabupaten Bandung"),
        ("Kepada: Sari\nKOTA BANDUNG, JABAR", "Jawa Barat", "Kota Bandung"),
        ("Penerima: Tono\nKEC. DEPOK, KAB SLEMAN, DIY", "Daerah Istimewa Yogyakarta", "Kabupaten Sleman"),
        ("Penerima: Tono\nMedan Baru, KOTA MEDAN, SUMUT", "Sumatera Utara", "Kota Medan"),
        ("Penerima: Tono\nKota Balikpapan, Kaltim", "Kalimantan Timur", "Kota Balikpapan"),
        ("Penerima: Tono\nKAB. GRESIK JATIM", "Jawa Timur", "Kabupaten Gresik"),
        ("Penerima: Tono\nKOTA SEMARANG, JATENG", "Jawa Tengah", "Kota Semarang"),
        // A street part with no number or marker to end it, the places in the same part.
        ("Penerima: Tono\nDUSUN KRAJAN SUKAMAJU CIHAURBEUTI CIAMIS JAWA BARAT", "Jawa Barat", "Kabupaten Ciamis"),
        // A regency whose name ends in a marker word.
        ("Kepada: Rudi\nJl. Sudirman 4, Kecamatan Harau, Kab. Lima Puluh Kota", "Sumatera Barat", "Kabupaten Lima Puluh Kota"),
    ])
    func abbreviationsAndMarkers(text: String, province: String, city: String) throws {
        let result = try answer(text)
        #expect(result.province == province)
        #expect(result.city == city)
    }

    @Test(arguments: [
        ("Penerima: Budi\nJl. Melati 3, KOTA SURABAVA, JAWA TIMUR", "Kota Surabaya"),
        ("Penerima: Budi\nJl. Melati 3, KAB. BANDUNC, JAWA BARAT", "Kabupaten Bandung"),
        ("Penerima: Budi\nJl. Melati 3, KOTA MAKASAR, SULAWESI SELATN", "Kota Makassar"),
        ("Penerima: Budi\nJl. Melati 3, KOTA PONTIANAK 78ll7", "Kota Pontianak"),
    ])
    func misreadNamesStillMatch(text: String, city: String) throws {
        #expect(try answer(text).city == city)
    }

    @Test func misreadPostcodeDigitsAreRepaired() {
        #expect(PlaceReading.postcode("4O1I5")?.code == "40115")
        #expect(PlaceReading.postcode("4O1I5")?.repaired == true)
        #expect(PlaceReading.postcode("40115")?.repaired == false)
        #expect(PlaceReading.postcode("BDO10") == nil)
        #expect(PlaceReading.postcode("01234") == nil)
        #expect(PlaceReading.postcode("123456") == nil)
    }

    @Test func streetNamesThatAreCityNamesDoNotCount() throws {
        let result = try answer("Penerima: Budi\nJl. Surabaya No. 5, Kota Medan, Sumatera Utara 20112")
        #expect(result.city == "Kota Medan")
        #expect(result.region == .luarJawa)
    }
}
