import Contracts
import Testing
@testable import RegionService

/// Images read in up to three passes: the slower readings are only asked for when the first
/// finds no destination, and what they find must be backed by two pieces of evidence.
struct ImageReadingTests {
    func ocr(_ lines: [String]) -> OCRResult {
        OCRResult(text: lines.joined(separator: "\n"), lines: lines.enumerated().map { index, text in
            let words = text.split(separator: " ").enumerated().map { OCRWord(text: String($1), box: Box(x: 20 + 110 * $0, y: 100 + 30 * index, width: 100, height: 20), confidence: 0.9) }
            return OCRLine(text: text, box: Box(x: 20, y: 100 + 30 * index, width: 110 * words.count, height: 20), confidence: 0.9, words: words)
        }, width: 800, height: 1200)
    }

    @Test func laterPassesAreReadOnlyWhenNeededAndNeedTwoPieces() async throws {
        let classifier = try RealRegistry.loadedClassifier()
        let noise = ocr(["PENERIMA", "xx qq"])
        var asked: [Int] = []
        // Pass 1 reads the address: no second reading.
        let direct = try await classifier.classifyImage { pass in
            asked.append(pass)
            return ocr(["PENERIMA: BUDI", "JL MAWAR 1, KOTA BANDUNG, JAWA BARAT 40115"])
        }
        #expect(direct.region == .jawa)
        #expect(asked == [1])
        // A later pass that finds one exact name alone (noise can spell one): still UNKNOWN.
        asked = []
        let lone = try await classifier.classifyImage { pass in
            asked.append(pass)
            return pass == 1 ? noise : ocr(["PENERIMA: YAS", "SE MENGAN PASER KUDA"])
        }
        #expect(lone.region == .unknown)
        #expect(asked == [1, 2, 3])
        // The same name backed by its province on pass 2: answered, saying how it was read.
        let backed = try await classifier.classifyImage { pass in
            pass == 1 ? noise : ocr(["PENERIMA: YAS", "KAB PASER, KALIMANTAN TIMUR"])
        }
        #expect(backed.region == .luarJawa)
        #expect(backed.city == "Kabupaten Paser")
        #expect(backed.evidence.first?.contains("read again") == true)
    }
}
