import Contracts
import Testing
@testable import RegionService

/// On a photo, a postcode the registry does not know may be a misread one (7 read as 1): alone
/// it does not decide, while a registered postcode still does.
struct PhotoPostcodeTests {
    func photo(_ lines: [String]) -> OCRResult {
        let read = lines.enumerated().map { index, text in
            let y = 100 + 40 * index
            let words = text.split(separator: " ").enumerated().map { OCRWord(text: String($1), box: Box(x: 20 + 90 * $0, y: y, width: 80, height: 20), confidence: 0.9) }
            return OCRLine(text: text, box: Box(x: 20, y: y, width: 90 * words.count, height: 20), confidence: 0.9, words: words)
        }
        return OCRResult(text: lines.joined(separator: "\n"), lines: read, width: 800, height: 1200)
    }

    @Test func anUnregisteredPostcodeAloneOnAPhotoIsUnknown() throws {
        let classifier = try RealRegistry.loadedClassifier()
        let misread = classifier.classify(ocr: photo(["Kepada: Budi", "Kode pos 11372"]))
        #expect(misread.region == .unknown)
        let typed = classifier.classify(text: "Kepada: Budi\nKode pos 11372")
        #expect(typed.region == .jawa, "typed text still follows the postal rule")
        let registered = classifier.classify(ocr: photo(["Kepada: Budi", "Kode pos 40115"]))
        #expect(registered.city == "Kota Bandung")
    }
}
