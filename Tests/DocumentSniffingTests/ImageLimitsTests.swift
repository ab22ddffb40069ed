import Testing
@testable import DocumentSniffing

/// Decompression bombs and absurd sizes are refused from the header, before any decoding.
struct ImageLimitsTests {
    let limits = ImageLimits(minSide: 32, maxSide: 20_000, maxPixels: 50_000_000)

    @Test func ordinaryPhotoIsAccepted() {
        #expect(limits.check(SampleFiles.jpeg(width: 1600, height: 1010)) == .accepted(ImageHeader(width: 1600, height: 1010)))
        #expect(limits.check(SampleFiles.png(width: 32, height: 32)) == .accepted(ImageHeader(width: 32, height: 32)))
    }

    @Test func bombIsRefusedFromAFewBytes() {
        let bomb = SampleFiles.png(width: 60_000, height: 60_000, payload: 8)
        #expect(bomb.count < 80, "the file is tiny; only its header is large")
        #expect(limits.check(bomb) == .tooLarge(ImageHeader(width: 60_000, height: 60_000)))
        #expect(limits.check(SampleFiles.jpeg(width: 65_000, height: 65_000)) == .tooLarge(ImageHeader(width: 65_000, height: 65_000)))
    }

    @Test func tooManyPixelsWithinTheSideLimitIsRefused() {
        #expect(limits.check(SampleFiles.png(width: 10_000, height: 6_000)) == .tooLarge(ImageHeader(width: 10_000, height: 6_000)))
        #expect(limits.check(SampleFiles.png(width: 10_000, height: 5_000)) == .accepted(ImageHeader(width: 10_000, height: 5_000)))
    }

    @Test func oneSideBeyondTheLimitIsRefused() {
        #expect(limits.check(SampleFiles.png(width: 20_001, height: 40)) == .tooLarge(ImageHeader(width: 20_001, height: 40)))
    }

    @Test func thumbnailIsTooSmall() {
        #expect(limits.check(SampleFiles.jpeg(width: 31, height: 400)) == .tooSmall(ImageHeader(width: 31, height: 400)))
    }

    @Test func unreadableHeadersAreSaidSo() {
        #expect(limits.check(SampleFiles.pdf()) == .unreadable)
        #expect(limits.check(Array(SampleFiles.png(width: 100, height: 100).prefix(20))) == .unreadable)
        #expect(limits.check(Array("not an image".utf8)) == .unreadable)
    }

    @Test func defaultsAcceptAnyRealisticScan() {
        #expect(ImageLimits().check(SampleFiles.png(width: 9_921, height: 7_016)) == .accepted(ImageHeader(width: 9_921, height: 7_016)))
        #expect(ImageLimits().check(SampleFiles.png(width: 100_000, height: 100_000)) == .tooLarge(ImageHeader(width: 100_000, height: 100_000)))
    }
}
