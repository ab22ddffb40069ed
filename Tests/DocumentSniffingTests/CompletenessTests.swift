import Testing
@testable import DocumentSniffing

/// Truncated files are told apart from whole ones by their trailers.
struct CompletenessTests {
    static let samples: [(SniffedKind, [UInt8])] = [
        (.pdf, SampleFiles.pdf(pages: 2)),
        (.png, SampleFiles.png(width: 32, height: 16, payload: 200)),
        (.jpeg, SampleFiles.jpeg(width: 32, height: 16)),
    ]

    @Test func wholeFilesAreComplete() {
        for (kind, bytes) in Self.samples {
            #expect(ContentSniffer.kind(of: bytes) == kind)
            #expect(ContentSniffer.isComplete(bytes, as: kind), "\(kind)")
        }
    }

    @Test(arguments: [0.25, 0.5, 0.9])
    func cutFilesAreIncomplete(fraction: Double) {
        for (kind, bytes) in Self.samples {
            let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
            #expect(!ContentSniffer.isComplete(cut, as: kind), "\(kind) cut to \(cut.count) of \(bytes.count) bytes")
        }
    }

    @Test func lastByteMissingIsIncomplete() {
        for (kind, bytes) in Self.samples where kind != .pdf {
            #expect(!ContentSniffer.isComplete(Array(bytes.dropLast()), as: kind), "\(kind)")
        }
        #expect(!ContentSniffer.isComplete(Array(SampleFiles.pdf().dropLast(3)), as: .pdf))
    }

    @Test func pngWithBytesAfterIENDIsComplete() {
        #expect(ContentSniffer.isComplete(SampleFiles.png(width: 8, height: 8) + Array("appended by an editor".utf8), as: .png))
    }

    @Test func pngWhoseIENDIsMissingIsIncomplete() {
        let png = SampleFiles.png(width: 8, height: 8, payload: 100)
        #expect(!ContentSniffer.isComplete(Array(png.dropLast(12)) + Array("IEND".utf8), as: .png))
    }

    @Test func pdfEndingInAnIncrementalUpdateIsComplete() {
        let updated = SampleFiles.pdf() + Array("4 0 obj << >> endobj\nstartxref\n300\n%%EOF\r\n".utf8)
        #expect(ContentSniffer.isComplete(updated, as: .pdf))
    }

    @Test func pdfWhoseOnlyEOFIsFarFromTheEndIsIncomplete() {
        let padded = SampleFiles.pdf() + [UInt8](repeating: 0x20, count: 4096) + Array("5 0 obj".utf8)
        #expect(!ContentSniffer.isComplete(padded, as: .pdf))
    }
}

/// A camera JPEG carries a thumbnail JPEG (with its own EOI) in its EXIF segment.
struct JPEGThumbnailTests {
    @Test func cutRightAfterTheThumbnailIsIncomplete() {
        let bytes = SampleFiles.jpeg(width: 4000, height: 3000)
        let thumbnailEnd = bytes.indices.dropLast().first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xD9 } ?? 0
        #expect(thumbnailEnd > 0 && thumbnailEnd < bytes.count - 2, "the sample's EXIF holds an early EOI")
        #expect(!ContentSniffer.isComplete(Array(bytes.prefix(thumbnailEnd + 2)), as: .jpeg))
        #expect(!ContentSniffer.isComplete(Array(bytes.prefix(thumbnailEnd + 6)), as: .jpeg))
        #expect(ContentSniffer.isComplete(bytes, as: .jpeg))
    }

    @Test func vendorTrailerAfterTheEndIsStillComplete() {
        let trailer = Array("SEFHSEFT".utf8) + [UInt8](repeating: 0x00, count: 600) + [0x01, 0x02]
        #expect(ContentSniffer.isComplete(SampleFiles.jpeg(width: 4000, height: 3000) + trailer, as: .jpeg))
    }

    @Test func cutInsideTheScanIsIncomplete() {
        let bytes = SampleFiles.jpeg(width: 64, height: 64)
        #expect(!ContentSniffer.isComplete(Array(bytes.dropLast(2)), as: .jpeg))
        #expect(!ContentSniffer.isComplete(Array(bytes.dropLast(4)), as: .jpeg))
    }
}
