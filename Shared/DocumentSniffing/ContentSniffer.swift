/// Reads magic bytes and trailers to tell what a file is and whether it arrived whole.
/// Invariant: never trusts a declared content type; reads headers only, never decodes pixels.
public enum ContentSniffer {
    public static func kind(of bytes: [UInt8]) -> SniffedKind {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if looksLikeText(bytes) { return .text }
        return .unknown
    }

    /// Whether the file ends the way a complete file of its kind must: `%%EOF` near a PDF's end,
    /// the IEND chunk near a PNG's end, the EOI marker of a JPEG after its first scan (an EOI inside an
    /// EXIF thumbnail does not count, so a photo cut right after its thumbnail is incomplete; a
    /// vendor trailer after the EOI does not make a whole photo look cut).
    public static func isComplete(_ bytes: [UInt8], as kind: SniffedKind) -> Bool {
        switch kind {
        case .pdf:
            let tail = bytes.suffix(1024)
            return String(decoding: tail, as: UTF8.self).contains("%%EOF")
        case .png:
            // The empty IEND chunk (length, type, CRC) near the end; tools sometimes append bytes after it.
            let iend: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
            return bytes.count >= 8 + 12 && bytes.suffix(64 * 1024).firstRange(of: iend) != nil
        case .jpeg:
            // Entropy-coded data never holds FF D9 (an FF there is followed by 00 or a restart
            // marker), so any FF D9 after the first scan ends the image, even when a phone
            // camera appends its own trailer after it.
            guard let scan = jpegScanStart(bytes) else { return false }
            var index = scan
            while index + 1 < bytes.count {
                if bytes[index] == 0xFF && bytes[index + 1] == 0xD9 { return true }
                index += 1
            }
            return false
        case .text, .unknown:
            return true
        }
    }

    /// Offset of a JPEG's entropy-coded data: just past its first SOS segment, found by walking
    /// the marker segments from SOI; nil when they are cut short or malformed before it.
    static func jpegScanStart(_ bytes: [UInt8]) -> Int? {
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length >= 2, marker != 0xD9 else { return nil }
            if marker == 0xDA { return index + 2 + length <= bytes.count ? index + 2 + length : nil }
            index += 2 + length
        }
        return nil
    }

    /// UTF-8 text without control bytes other than tab, CR and LF.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        let sample = bytes.prefix(4096)
        guard sample.allSatisfy({ $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return false }
        return String(validating: sample, as: UTF8.self) != nil || sample.count == 4096
    }
}
