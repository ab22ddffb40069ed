import Contracts
import Foundation
import Testing
@testable import OCRService

/// A page that came turned by a quarter or a half is stood upright before it is read; an upright page, even one hard
/// to read, is left so.
struct TranscriptOrientationTests {
    static func words(_ count: Int, tall: Bool, confidence: Double) -> [OCRWord] {
        (0..<count).map { index in
            OCRWord(text: "Kalkulus", box: Box(x: 100, y: 40 * index, width: tall ? 20 : 90, height: tall ? 90 : 20), confidence: confidence)
        }
    }

    @Test func theFirstReadingTellsWhichTurnToTry() {
        #expect(TranscriptOrientation.turnsToTry(Self.words(30, tall: false, confidence: 0.95)) == nil)
        #expect(TranscriptOrientation.turnsToTry(Self.words(30, tall: true, confidence: 0.95)) == 3)
        #expect(TranscriptOrientation.turnsToTry(Self.words(30, tall: true, confidence: 0.3)) == 1)
        #expect(TranscriptOrientation.turnsToTry(Self.words(30, tall: false, confidence: 0.3)) == 2)
        // half the words unsure is a hard page, not an upside-down one; too few words tell nothing
        #expect(TranscriptOrientation.turnsToTry(Self.words(15, tall: false, confidence: 0.95) + Self.words(15, tall: false, confidence: 0.3)) == nil)
        #expect(TranscriptOrientation.turnsToTry(Self.words(8, tall: false, confidence: 0.3)) == nil)
    }

    @Test func aTurnIsKeptOnlyWhenItReadsClearlySurer() {
        let garbage = Self.words(40, tall: false, confidence: 0.3), upright = Self.words(40, tall: false, confidence: 0.9)
        #expect(TranscriptOrientation.isSurer(upright, than: garbage))
        #expect(!TranscriptOrientation.isSurer(garbage, than: upright))
        #expect(TranscriptOrientation.isSurer(upright, than: Self.words(40, tall: true, confidence: 0.9)))
        #expect(!TranscriptOrientation.isSurer(Self.words(44, tall: false, confidence: 0.9), than: upright))
    }

    /// The same rows are read from the page turned each way as from the page upright (real Tesseract).
    @Test(arguments: [Int32(1), 2, 3]) func aTurnedPageReadsAsTheUprightOne(_ turns: Int32) async throws {
        let reader = try TranscriptReader(engines: 1)
        let original = [UInt8](try Data(contentsOf: try FixtureCards.directory("khs").appendingPathComponent("khs-rho-0003.jpg")))
        guard let turned = TranscriptOrientation.turned(try ImageDecoding().decode(original), by: turns).pngData() else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let straight = TranscriptReader.reading(words: try await reader.words(original, scale: reader.scale), scale: reader.scale)
        let read = TranscriptReader.reading(words: try await reader.words(turned, scale: reader.scale), scale: reader.scale)
        #expect(straight.rows.count >= 5)
        #expect(read.rows.map(\.grade) == straight.rows.map(\.grade))
        #expect(read.rows.map(\.code) == straight.rows.map(\.code))
    }
}
