import CLeptonica

/// Owns one Leptonica image. Invariants: the pointer is valid for the object's lifetime and
/// destroyed exactly once; a `Pix` is used by one task at a time (not `Sendable`).
final class Pix {
    private(set) var pointer: UnsafeMutablePointer<PIX>

    init(_ pointer: UnsafeMutablePointer<PIX>) {
        self.pointer = pointer
    }

    /// Wraps a Leptonica result, or nil when the call failed.
    convenience init?(taking pointer: UnsafeMutablePointer<PIX>?) {
        guard let pointer else { return nil }
        self.init(pointer)
    }

    deinit {
        var victim: UnsafeMutablePointer<PIX>? = pointer
        pixDestroy(&victim)
    }

    var width: Int { Int(pixGetWidth(pointer)) }
    var height: Int { Int(pixGetHeight(pointer)) }
    var depth: Int { Int(pixGetDepth(pointer)) }

    /// Applies a Leptonica transform that returns a new image; keeps `self` when it fails.
    func map(_ transform: (UnsafeMutablePointer<PIX>) -> UnsafeMutablePointer<PIX>?) -> Pix {
        Pix(taking: transform(pointer)) ?? self
    }

    /// The region `box` (clipped to the image), or nil when it is empty.
    func crop(x: Int, y: Int, width: Int, height: Int) -> Pix? {
        let x0 = max(0, x), y0 = max(0, y)
        let w = min(width - (x0 - x), self.width - x0), h = min(height - (y0 - y), self.height - y0)
        guard w > 1, h > 1, let box = boxCreate(Int32(x0), Int32(y0), Int32(w), Int32(h)) else { return nil }
        var owned: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&owned) }
        return Pix(taking: pixClipRectangle(pointer, box, nil))
    }

    /// Encodes as PNG (for debugging and for the ingest of page images).
    func pngData() -> [UInt8]? {
        var data: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard pixWriteMem(&data, &size, pointer, Int32(IFF_PNG)) == 0, let data else { return nil }
        defer { free(data) }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
