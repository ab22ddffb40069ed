import Contracts
import Foundation
import OCRService
import RegionRegistry
import ServiceKit
import Testing

/// Floors on the committed fixture cards (clean and degraded), read end to end with the real
/// Tesseract models and the real registry: these cards were generated, never tuned on.
@Suite(.enabled(if: FixtureCards.available), .serialized)
struct KTPFixtureTests {
    @Test func fixtureCardsMeetTheFloors() async throws {
        let extractor = try FixtureCards.extractor()
        var nikExact = 0, errors = 0, characters = 0, fieldsExact = 0, fields = 0
        let cards = try FixtureCards.cards()
        #expect(cards.count >= 8)
        for card in cards {
            let extraction = try await extractor.extract(card.bytes)
            #expect(extraction.documentType == "ktp")
            if extraction.fields.nik == card.truth["nik"] { nikExact += 1 }
            for key in KTPFields.CodingKeys.allCases {
                let want = card.truth[key.rawValue] ?? "", got = extraction.fields[key] ?? ""
                errors += TextSimilarity.distance(got, want)
                characters += want.count
                fields += 1
                if got == want { fieldsExact += 1 }
            }
        }
        let accuracy = 1 - Double(errors) / Double(characters)
        #expect(Double(nikExact) / Double(cards.count) >= 0.9, "NIK exact \(nikExact)/\(cards.count)")
        #expect(accuracy >= 0.975, "character accuracy \(accuracy)")
        #expect(Double(fieldsExact) / Double(fields) >= 0.94, "fields exact \(fieldsExact)/\(fields)")
    }

    @Test func cleanCardPassesTheNIKCheck() async throws {
        let extractor = try FixtureCards.extractor()
        let card = try #require(try FixtureCards.cards().first)
        let extraction = try await extractor.extract(card.bytes)
        #expect(extraction.nikCheck.valid, "\(extraction.nikCheck.problems)")
        #expect(extraction.nikCheck.districtCode.map { $0.replacingOccurrences(of: ".", with: "") } == card.truth["nik"].map { String($0.prefix(6)) })
        #expect((extraction.confidence["nama"] ?? 0) > 0.5)
    }

    @Test func imagesThatAreNotCardsAreRefused() async throws {
        let extractor = try FixtureCards.extractor()
        for negative in try FixtureCards.negatives() {
            await #expect(throws: APIError.self, "\(negative.name) was accepted") {
                _ = try await extractor.extract(negative.bytes)
            }
            do {
                _ = try await extractor.extract(negative.bytes)
            } catch let error as APIError {
                #expect(error.code.rawValue == "not_a_ktp", "\(negative.name): \(error.code.rawValue)")
            }
        }
    }
}
