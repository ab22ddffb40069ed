import Testing
@testable import DocumentSniffing

/// What the bytes say a file is, whatever it was declared as.
struct ContentKindTests {
    @Test func magicBytesDecide() {
        #expect(ContentSniffer.kind(of: SampleFiles.png(width: 10, height: 10)) == .png)
        #expect(ContentSniffer.kind(of: SampleFiles.jpeg(width: 10, height: 10)) == .jpeg)
        #expect(ContentSniffer.kind(of: SampleFiles.pdf()) == .pdf)
        #expect(ContentSniffer.kind(of: Array("NOMOR: 823.3/456\nNIP 1987\t03".utf8)) == .text)
    }

    @Test(arguments: [
        [UInt8](),
        [0x00, 0x01, 0x02, 0x03],
        Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x00],
        [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],  // zip / docx
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A],  // PNG signature cut short
        [0xFF, 0xD8],  // JPEG SOI without a marker after it
        [0xC3, 0x28, 0x41, 0x42],  // invalid UTF-8
    ])
    func otherBytesAreUnknown(bytes: [UInt8]) {
        #expect(ContentSniffer.kind(of: bytes) == .unknown)
    }

    @Test func signatureMustBeAtTheStart() {
        #expect(ContentSniffer.kind(of: [0x20] + SampleFiles.png(width: 1, height: 1)) == .unknown)
        #expect(ContentSniffer.kind(of: Array("x%PDF-1.4".utf8)) == .text)
    }

    @Test func declaredTypesAreReadIgnoringParameters() {
        #expect(SniffedKind(declared: "image/JPEG") == .jpeg)
        #expect(SniffedKind(declared: "image/jpg") == .jpeg)
        #expect(SniffedKind(declared: "application/pdf; charset=binary") == .pdf)
        #expect(SniffedKind(declared: " image/png ") == .png)
        #expect(SniffedKind(declared: "text/plain; charset=utf-8") == .text)
        #expect(SniffedKind(declared: "image/gif") == .unknown)
        #expect(SniffedKind(declared: "") == .unknown)
    }

    @Test func aLyingDeclarationDisagreesWithTheBytes() {
        let png = SampleFiles.png(width: 4, height: 4)
        #expect(SniffedKind(declared: "image/jpeg") != ContentSniffer.kind(of: png))
        #expect(SniffedKind(declared: "application/pdf") != ContentSniffer.kind(of: SampleFiles.jpeg(width: 4, height: 4)))
    }

    @Test(arguments: [SniffedKind.pdf, .png, .jpeg, .text])
    func mediaTypeRoundTrips(kind: SniffedKind) {
        #expect(SniffedKind(declared: kind.mediaType) == kind)
    }
}
