import Contracts
import Testing
@testable import RegionService

/// Addresses that go on after a village name without markers or commas, against the real registry.
struct VillageAddressTests {
    func answer(_ text: String) throws -> RegionClassification {
        try RealRegistry.loadedClassifier().classify(text: text)
    }

    @Test(arguments: [
        ("Kepada: Nur\nJl. Poros No. 8 Desa Lempangang Bajeng Gowa Sulawesi Selatan", "Sulawesi Selatan", "Kabupaten Gowa"),
        ("Penerima: Ani\nJl. Kenanga No. 5, RT.002 RW.004 DESA KARANGSARI KEBUMEN JAWA TENGAH", "Jawa Tengah", "Kabupaten Kebumen"),
        ("Kepada Yth.\nSiti\nRT 03 RW 01 Desa Sumber Makmur Bangkinang Kampar Riau", "Riau", "Kabupaten Kampar"),
    ])
    func placesAfterTheVillageAreRead(text: String, province: String, city: String) throws {
        let result = try answer(text)
        #expect(result.province == province)
        #expect(result.city == city)
    }

    /// A single name after the village may be the village's own (Batu is also a city in Java).
    @Test func aLoneNameAfterTheVillageIsNotTakenForAPlace() throws {
        let result = try answer("Kepada: Rina\nDESA TANJUNG BATU, KAB. OGAN ILIR, SUMATERA SELATAN")
        #expect(result.region == .luarJawa)
        #expect(result.city == "Kabupaten Ogan Ilir")
    }
}
