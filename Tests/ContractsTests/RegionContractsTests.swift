import Contracts
import Testing

/// `POST /v1/regions/classify` against DESIGN.md.
struct RegionContractsTests {
    static let designKeys: Set<String> = ["region", "province", "island_group", "city", "postal_code", "confidence", "evidence"]

    @Test func request() throws {
        try FixtureRoundTrip.check("regions-classify-request", as: RegionClassifyRequest.self, designKeys: ["text"])
    }

    @Test func classified() throws {
        let answer = try FixtureRoundTrip.check("regions-classify-response", as: RegionClassification.self, designKeys: Self.designKeys)
        #expect(answer.region == .luarJawa)
        #expect(answer.postalCode == "90111")
        #expect(answer.islandGroup == "Sulawesi")
    }

    @Test func unknownKeepsEveryKeyAsNull() throws {
        let answer = try FixtureRoundTrip.check("regions-classify-unknown", as: RegionClassification.self, designKeys: Self.designKeys)
        #expect(answer.region == .unknown)
        #expect(answer.province == nil)
    }

    @Test func regionCodesAreTheDesignedOnes() {
        #expect([SortingRegion.jawa, .luarJawa, .unknown].map(\.rawValue) == ["REG_JAWA", "REG_LUARJAWA", "UNKNOWN"])
        #expect(FixtureRoundTrip.rejects(#"{"region":"REG_BALI","confidence":1,"evidence":[]}"#, as: RegionClassification.self))
    }
}
