import FaceAuthService

/// Encodes RGB as a valid PNG (stored deflate blocks, real CRCs), so tests can build photos
/// from real ones: darker, side by side, or blank.
enum PNGWriter {
    static func encode(_ image: RGBImage) -> [UInt8] {
        var raw = [UInt8]()
        raw.reserveCapacity((image.width * 3 + 1) * image.height)
        for y in 0..<image.height {
            raw.append(0)
            raw += image.pixels[(y * image.width * 3)..<((y + 1) * image.width * 3)]
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let end = min(offset + 65535, raw.count)
            let length = UInt16(end - offset)
            zlib += [end >= raw.count ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            zlib += raw[offset..<end]
            offset = end
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", bigEndian(UInt32(image.width)) + bigEndian(UInt32(image.height)) + [8, 2, 0, 0, 0])
        png += chunk("IDAT", zlib)
        png += chunk("IEND", [])
        return png
    }

    /// `left` and `right` next to each other on a grey canvas as tall as the taller one.
    static func sideBySide(_ left: RGBImage, _ right: RGBImage) -> RGBImage {
        let width = left.width + right.width, height = max(left.height, right.height)
        var pixels = [UInt8](repeating: 128, count: width * height * 3)
        for (image, x0) in [(left, 0), (right, left.width)] {
            for y in 0..<image.height {
                let source = (y * image.width * 3)..<((y + 1) * image.width * 3)
                let start = (y * width + x0) * 3
                pixels.replaceSubrange(start..<(start + image.width * 3), with: image.pixels[source])
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)!
    }

    static func scaled(_ image: RGBImage, brightness factor: Double) -> RGBImage {
        RGBImage(width: image.width, height: image.height, pixels: image.pixels.map { UInt8(min(255, Double($0) * factor)) })!
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return (b << 16) | a
    }
}
