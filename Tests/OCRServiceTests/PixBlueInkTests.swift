import CLeptonica
import Testing

@testable import OCRService

private typealias LeptonicaImage = OCRService.Pix

/// Blue and violet ink (a certified copy's stamp, a signature) is painted out of the grey page; black print, navy print
/// and print under the stamp stay, on paper photographed under a warm lamp.
struct PixBlueInkTests {
    /// Colours of a warm-lit photo: paper, a light blue stamp stroke, black print, navy print.
    static let warmPaper: UInt32 = 0xC2AEA3FF, stamp: UInt32 = 0x484875FF, black: UInt32 = 0x1E1C1CFF, navy: UInt32 = 0x141E6EFF

    /// A photo 8 px high of 4 px wide stripes of the colours given, left to right (the samples take one pixel in four).
    fileprivate static func photo(_ stripes: [UInt32]) -> LeptonicaImage? {
        guard let pointer = pixCreate(Int32(stripes.count * 4), 8, 32) else { return nil }
        let pix = LeptonicaImage(pointer)
        for x in 0..<stripes.count * 4 {
            for y in 0..<8 { pixSetPixel(pointer, Int32(x), Int32(y), stripes[x / 4]) }
        }
        return pix
    }

    /// The grey of stripe `stripe`.
    fileprivate static func grey(_ pix: LeptonicaImage, stripe: Int) -> UInt32 {
        var value: UInt32 = 0
        pixGetPixel(pix.pointer, Int32(stripe * 4 + 1), 1, &value)
        return value
    }

    @Test func aStampTurnsToPaperAndPrintStays() throws {
        // mostly paper, so the paper's tint is known
        let pixels = [Self.stamp, Self.black, Self.navy] + [UInt32](repeating: Self.warmPaper, count: 13)
        let photo = try #require(Self.photo(pixels))
        let grey = photo.greyWithoutBlueInk()
        let luminance = try #require(LeptonicaImage(taking: pixConvertRGBToLuminance(photo.pointer)))
        #expect(grey.depth == 8)
        #expect(Self.grey(grey, stripe: 0) >= 240, "the stamp's stroke is paper")
        #expect(Self.grey(luminance, stripe: 0) < 100, "by luminance alone the stroke is as dark as print")
        for stripe in [1, 2, 3] { #expect(Self.grey(grey, stripe: stripe) == Self.grey(luminance, stripe: stripe)) }
    }

    @Test func aStampedPhotoShowsBlueInkAndAPlainOneNone() throws {
        let stamped = try #require(Self.photo([Self.stamp] + [UInt32](repeating: Self.warmPaper, count: 3)))
        let plain = try #require(Self.photo([Self.black, Self.navy] + [UInt32](repeating: Self.warmPaper, count: 2)))
        #expect(stamped.blueInkShare() == 0.25, "one stripe in four is the stamp")
        #expect(plain.blueInkShare() == 0)
    }

    @Test func aGreyPageIsLeftAsItIs() throws {
        let pointer = try #require(pixCreate(4, 4, 8))
        let page = LeptonicaImage(pointer)
        #expect(page.greyWithoutBlueInk() === page)
    }
}
