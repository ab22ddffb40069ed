import Foundation
import OCRService
import RegionRegistry
import ServiceKit
import Testing

/// Bad images are refused before decoding with the right code, and the extractor keeps working.
struct BadImageTests {
    let extractor: KTPExtractor

    init() throws {
        extractor = try KTPExtractor(registry: LoadedRegistry(), engines: 1)
    }

    func code(_ bytes: [UInt8]) async -> String? {
        do {
            _ = try await extractor.extract(bytes)
            return nil
        } catch let error as APIError {
            return error.code.rawValue
        } catch {
            return "unexpected"
        }
    }

    /// A PNG header declaring `width`×`height`, with an IEND trailer (a bomb's disguise).
    static func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(width) + be(height)
            + [8, 2, 0, 0, 0, 0, 0, 0, 0] + [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
    }

    @Test func bombsHugeAndTinyImagesAreRefusedBeforeDecoding() async {
        #expect(await code(Self.pngHeader(width: 60_000, height: 60_000)) == "image_too_large")
        #expect(await code(Self.pngHeader(width: 10_000, height: 5_000)) == "image_too_large")
        #expect(await code(Self.pngHeader(width: 10, height: 10)) == "image_too_small")
    }

    @Test func corruptAndNonImageBytesAreRefused() async throws {
        #expect(await code(Array("just some text, not a picture".utf8)) == "unsupported_media_type")
        #expect(await code([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + [UInt8](repeating: 7, count: 200)) == "corrupt_image")
        let card = try #require(try? FixtureCards.cards().first)
        #expect(await code(Array(card.bytes.prefix(card.bytes.count / 2))) == "corrupt_image")
        #expect(await code(Self.pngHeader(width: 800, height: 600)) == "corrupt_image")
    }
}
