/// Byte-level sample files built by hand from the PNG, JPEG and PDF specifications, so each
/// test controls exactly which header field or trailer is present, cut or lying.
enum SampleFiles {
    static func be32(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func be16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let iend: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    /// A PNG: signature, IHDR (8-bit grey), one IDAT chunk of `payload` bytes, IEND.
    static func png(width: UInt32, height: UInt32, payload: Int = 16) -> [UInt8] {
        var bytes = pngSignature
        bytes += be32(13) + Array("IHDR".utf8) + be32(width) + be32(height) + [8, 0, 0, 0, 0] + [0x12, 0x34, 0x56, 0x78]
        bytes += be32(UInt32(payload)) + Array("IDAT".utf8) + [UInt8](repeating: 0x78, count: payload) + [0, 0, 0, 0]
        return bytes + iend
    }

    static func segment(_ marker: UInt8, _ body: [UInt8]) -> [UInt8] {
        [0xFF, marker] + be16(body.count + 2) + body
    }

    /// A JPEG: SOI, APP0 (JFIF), an EXIF APP1 whose body contains FFD9/FFC0 bytes, DQT, DHT,
    /// the frame header `sof` (C0 baseline, C2 progressive), SOS, entropy data, EOI.
    static func jpeg(width: Int, height: Int, sof: UInt8 = 0xC0) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
        bytes += segment(0xE1, Array("Exif".utf8) + [0, 0, 0xFF, 0xD9, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x01, 0x00, 0x01])
        bytes += segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
        bytes += segment(0xC4, [0] + [UInt8](repeating: 0, count: 16))
        bytes += segment(sof, [8] + be16(height) + be16(width) + [1, 1, 0x11, 0])
        bytes += segment(0xDA, [1, 1, 0, 0, 63, 0])
        bytes += [0x12, 0x34, 0xFF, 0x00, 0x56]
        return bytes + [0xFF, 0xD9]
    }

    /// A PDF with `pages` empty pages, cross-reference table and `%%EOF` trailer.
    static func pdf(pages: Int = 1) -> [UInt8] {
        let kids = (0..<pages).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        var text = "%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        text += "2 0 obj << /Type /Pages /Kids [\(kids)] /Count \(pages) >> endobj\n"
        for page in 0..<pages { text += "\(page + 3) 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n" }
        text += "xref\n0 \(pages + 3)\n0000000000 65535 f \ntrailer << /Size \(pages + 3) /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"
        return Array(text.utf8)
    }
}
