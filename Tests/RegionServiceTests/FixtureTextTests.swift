import Foundation
import Testing
@testable import RegionService

/// The text twins of 48 generated receipts (all eight layouts, a seed never used while
/// writing the rules): every region and province right, and no sender picked.
struct FixtureTextTests {
    struct Truth: Decodable {
        struct Party: Decodable { var province: String }
        var region: String
        var province: String
        var sender: Party
    }

    @Test func everyCleanTextReceiptIsRight() throws {
        let classifier = try RealRegistry.loadedClassifier()
        let folder = try #require(Bundle.module.url(forResource: "text", withExtension: nil, subdirectory: "Fixtures"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 48)
        var right = 0
        for name in names {
            let base = folder.appendingPathComponent(String(name.dropLast(4)))
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: base.appendingPathExtension("json")))
            let answer = classifier.classify(text: try String(contentsOf: base.appendingPathExtension("txt"), encoding: .utf8))
            #expect(answer.region.rawValue == truth.region, "\(name)")
            #expect(answer.province == truth.province, "\(name)")
            if answer.region.rawValue == truth.region && answer.province == truth.province { right += 1 }
        }
        #expect(right == names.count)
    }
}
