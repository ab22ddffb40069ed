/// Bounds on an image's declared size, checked on its header before any pixel is decoded, so a
/// decompression bomb (a small file declaring a huge canvas) or a useless thumbnail is refused
/// at the cost of reading a few bytes. Invariant: `check` never allocates a pixel buffer.
public struct ImageLimits: Sendable, Equatable {
    public var minSide: Int
    public var maxSide: Int
    public var maxPixels: Int

    public init(minSide: Int = 1, maxSide: Int = 20_000, maxPixels: Int = 100_000_000) {
        self.minSide = minSide
        self.maxSide = maxSide
        self.maxPixels = maxPixels
    }

    /// What the header says about an image under these limits.
    public enum Verdict: Sendable, Equatable {
        case accepted(ImageHeader)
        /// Not a PNG/JPEG, or its header is missing, cut short or malformed.
        case unreadable
        case tooSmall(ImageHeader)
        case tooLarge(ImageHeader)
    }

    public func check(_ bytes: [UInt8]) -> Verdict {
        guard let header = ImageHeader.read(bytes) else { return .unreadable }
        if header.width > maxSide || header.height > maxSide || header.pixels > maxPixels { return .tooLarge(header) }
        if header.width < minSide || header.height < minSide { return .tooSmall(header) }
        return .accepted(header)
    }
}
