import Testing
@testable import DocumentSniffing

/// Dimensions read from headers alone, and malformed headers refused without a crash.
struct ImageHeaderTests {
    @Test(arguments: [(1, 1), (640, 480), (1600, 1010), (65535, 2)])
    func pngDimensions(width: Int, height: Int) {
        #expect(ImageHeader.read(SampleFiles.png(width: UInt32(width), height: UInt32(height))) == ImageHeader(width: width, height: height))
    }

    @Test(arguments: [UInt8(0xC0), 0xC1, 0xC2])
    func jpegDimensionsSkipExifAndTables(sof: UInt8) {
        let header = ImageHeader.read(SampleFiles.jpeg(width: 1024, height: 768, sof: sof))
        #expect(header == ImageHeader(width: 1024, height: 768))
        #expect(header?.pixels == 786_432)
    }

    @Test func jpegFillBytesBetweenMarkersAreSkipped() {
        var bytes = SampleFiles.jpeg(width: 30, height: 20)
        bytes.insert(contentsOf: [0xFF, 0xFF], at: 2)
        #expect(ImageHeader.read(bytes) == ImageHeader(width: 30, height: 20))
    }

    @Test func pngWithoutIHDRFirstIsUnreadable() {
        var bytes = SampleFiles.png(width: 10, height: 10)
        bytes.replaceSubrange(12..<16, with: Array("IDAT".utf8))
        #expect(ImageHeader.read(bytes) == nil)
    }

    @Test func zeroDimensionsAreUnreadable() {
        #expect(ImageHeader.read(SampleFiles.png(width: 0, height: 10)) == nil)
        #expect(ImageHeader.read(SampleFiles.jpeg(width: 10, height: 0)) == nil)
    }

    @Test func headerCutBeforeTheSizeIsUnreadable() {
        let png = SampleFiles.png(width: 800, height: 600)
        for length in [8, 16, 20, 23] { #expect(ImageHeader.read(Array(png.prefix(length))) == nil, "png prefix \(length)") }
        let jpeg = SampleFiles.jpeg(width: 800, height: 600)
        let sof = jpeg.indices.dropLast().first { jpeg[$0] == 0xFF && jpeg[$0 + 1] == 0xC0 && $0 > 40 } ?? 0
        #expect(sof > 0)
        for length in [2, 3, 10, sof, sof + 4, sof + 8] { #expect(ImageHeader.read(Array(jpeg.prefix(length))) == nil, "jpeg prefix \(length)") }
    }

    @Test func jpegWithScanBeforeAnyFrameIsUnreadable() {
        let bytes: [UInt8] = [0xFF, 0xD8] + SampleFiles.segment(0xDA, [1, 1, 0, 0, 63, 0]) + SampleFiles.segment(0xC0, [8, 0, 10, 0, 10, 1])
        #expect(ImageHeader.read(bytes) == nil)
    }

    @Test func jpegGarbageAfterSOIIsUnreadable() {
        #expect(ImageHeader.read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01, 0x41, 0x42, 0x43]) == nil)
        #expect(ImageHeader.read([0xFF, 0xD8, 0xFF, 0xE0, 0x7F, 0xFF, 0x00, 0x00]) == nil)
        #expect(ImageHeader.read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0x12, 0x34]) == nil)
    }

    @Test func hostileLargestValuesDoNotTrap() {
        #expect(ImageHeader.read(SampleFiles.png(width: .max, height: .max)) == nil, "beyond the PNG specification's 2^31-1")
        let largest = ImageHeader.read(SampleFiles.png(width: UInt32(Int32.max), height: UInt32(Int32.max)))
        #expect(largest?.pixels == Int(Int32.max) * Int(Int32.max))
        #expect(ImageHeader(width: .max, height: 2).pixels == .max)
        #expect(ImageHeader.read(SampleFiles.jpeg(width: 65535, height: 65535))?.pixels == 65535 * 65535)
    }

    @Test func notAnImageHasNoHeader() {
        #expect(ImageHeader.read(SampleFiles.pdf()) == nil)
        #expect(ImageHeader.read([]) == nil)
    }
}
