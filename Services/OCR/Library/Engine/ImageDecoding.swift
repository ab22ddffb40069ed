import CLeptonica
import DocumentSniffing
import ServiceKit

/// Turns uploaded bytes into a 32-bit image, refusing before any pixel buffer is allocated
/// what is not a whole PNG/JPEG, is too small to read or too large to be safe (decompression
/// bombs declare huge dimensions in a tiny file).
struct ImageDecoding: Sendable {
    var maxPixels = 40_000_000
    var maxSide = 12_000
    var minSide = 64

    func decode(_ bytes: [UInt8]) throws(APIError) -> Pix {
        let kind = ContentSniffer.kind(of: bytes)
        guard kind == .png || kind == .jpeg else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "expected a JPEG or PNG image")
        }
        guard let header = ImageHeader.read(bytes) else { throw .unprocessable("corrupt_image", "the image header is unreadable") }
        guard header.width <= maxSide, header.height <= maxSide, header.pixels <= maxPixels else {
            throw .unprocessable("image_too_large", "the image is \(header.width)×\(header.height); at most \(maxPixels / 1_000_000) megapixels are accepted")
        }
        guard header.width >= minSide, header.height >= minSide else {
            throw .unprocessable("image_too_small", "the image is \(header.width)×\(header.height); at least \(minSide) pixels per side are needed")
        }
        guard ContentSniffer.isComplete(bytes, as: kind) else { throw .unprocessable("corrupt_image", "the image is truncated") }
        let decoded = bytes.withUnsafeBufferPointer { buffer in pixReadMem(buffer.baseAddress, buffer.count) }
        guard let pix = Pix(taking: decoded), pix.width == header.width, pix.height == header.height else {
            throw .unprocessable("corrupt_image", "the image could not be decoded")
        }
        return pix.depth == 32 ? pix : pix.map { pixConvertTo32($0) }
    }
}
