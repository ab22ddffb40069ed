import CLeptonica
import Contracts
import DocumentSniffing
import ServiceKit

/// Turns uploaded bytes into RGB, refusing before any pixel buffer is allocated what is not a
/// whole JPEG or PNG (sniffed from the bytes, never the declared type), is too small to hold a
/// face, or declares dimensions too large to be safe (decompression bombs).
public struct FaceImageDecoding: Sendable {
    public var maxPixels: Int
    public var maxSide: Int
    public var minSide: Int

    public init(maxPixels: Int = 25_000_000, maxSide: Int = 10_000, minSide: Int = 64) {
        self.maxPixels = maxPixels
        self.maxSide = maxSide
        self.minSide = minSide
    }

    /// Checks the header only: kind, size limits and completeness.
    public func check(_ bytes: [UInt8]) throws(APIError) -> ImageHeader {
        let kind = ContentSniffer.kind(of: bytes)
        guard kind == .png || kind == .jpeg else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "expected a JPEG or PNG image")
        }
        guard let header = ImageHeader.read(bytes) else { throw .unprocessable(.corruptImage, "the image header is unreadable") }
        guard header.width <= maxSide, header.height <= maxSide, header.pixels <= maxPixels else {
            throw .unprocessable(.imageTooLarge, "the image is \(header.width)×\(header.height); at most \(maxPixels / 1_000_000) megapixels and \(maxSide) pixels a side are accepted")
        }
        guard header.width >= minSide, header.height >= minSide else {
            throw .unprocessable(.imageTooSmall, "the image is \(header.width)×\(header.height); at least \(minSide) pixels a side are needed")
        }
        guard ContentSniffer.isComplete(bytes, as: kind) else { throw .unprocessable(.corruptImage, "the image is truncated") }
        return header
    }

    public func decode(_ bytes: [UInt8]) throws(APIError) -> RGBImage {
        let header = try check(bytes)
        var decoded = bytes.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) }
        defer { pixDestroy(&decoded) }
        guard let pix = decoded, Int(pixGetWidth(pix)) == header.width, Int(pixGetHeight(pix)) == header.height else {
            throw .unprocessable(.corruptImage, "the image could not be decoded")
        }
        var converted = pixConvertTo32(pix)
        defer { pixDestroy(&converted) }
        guard let rgba = converted, let image = Self.rgb(of: rgba, width: header.width, height: header.height) else {
            throw .unprocessable(.corruptImage, "the image could not be decoded")
        }
        return image
    }

    /// Leptonica's 32-bit pixels are words `0xRRGGBBAA`, `wpl` words a row.
    static func rgb(of pix: UnsafeMutablePointer<PIX>, width: Int, height: Int) -> RGBImage? {
        guard let data = pixGetData(pix) else { return nil }
        let wpl = Int(pixGetWpl(pix))
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = data + y * wpl
                var o = y * width * 3
                for x in 0..<width {
                    let word = row[x]
                    out[o] = UInt8(truncatingIfNeeded: word >> 24)
                    out[o + 1] = UInt8(truncatingIfNeeded: word >> 16)
                    out[o + 2] = UInt8(truncatingIfNeeded: word >> 8)
                    o += 3
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }
}
