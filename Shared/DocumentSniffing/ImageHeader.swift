/// Width and height read from a PNG or JPEG header, so oversize or decompression-bomb images
/// are refused before any pixel buffer is allocated.
public struct ImageHeader: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// width × height; saturates instead of trapping on absurd (hostile) dimensions.
    public var pixels: Int {
        let (product, overflow) = width.multipliedReportingOverflow(by: height)
        return overflow ? Int.max : product
    }

    /// The dimensions, or nil when the header is missing or malformed.
    public static func read(_ bytes: [UInt8]) -> ImageHeader? {
        switch ContentSniffer.kind(of: bytes) {
        case .png: return png(bytes)
        case .jpeg: return jpeg(bytes)
        default: return nil
        }
    }

    /// PNG: the IHDR chunk must come first; width and height are big-endian at offsets 16 and 20,
    /// each at most 2³¹−1 (the PNG specification's bound).
    static func png(_ bytes: [UInt8]) -> ImageHeader? {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        let width = bigEndian(bytes, at: 16, count: 4)
        let height = bigEndian(bytes, at: 20, count: 4)
        guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max) else { return nil }
        return ImageHeader(width: width, height: height)
    }

    /// JPEG: walk the marker segments to the first start-of-frame (SOF0…SOF15, not DHT/JPG/DAC).
    static func jpeg(_ bytes: [UInt8]) -> ImageHeader? {
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            let length = bigEndian(bytes, at: index + 2, count: 2)
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard index + 9 <= bytes.count else { return nil }
                let height = bigEndian(bytes, at: index + 5, count: 2)
                let width = bigEndian(bytes, at: index + 7, count: 2)
                guard width > 0, height > 0 else { return nil }
                return ImageHeader(width: width, height: height)
            }
            if marker == 0xDA || marker == 0xD9 { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int, count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
