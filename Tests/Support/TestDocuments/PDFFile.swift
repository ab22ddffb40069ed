import Foundation

/// Valid PDF files written in code with correct xref offsets, so poppler reads them like any
/// upload: pages with a real Helvetica text layer, or a page that is one embedded JPEG (a scan).
public enum PDFFile {
    static let helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

    /// One page (A4 unless `pageSize`, in points) whose text layer holds `lines`, top down; no
    /// lines gives a page with no text.
    public static func text(lines: [String], fontSize: Int = 9, pageSize: (width: Int, height: Int) = (595, 842)) -> [UInt8] {
        var content = "BT /F1 \(fontSize) Tf \(fontSize + 2) TL 36 800 Td"
        for line in lines { content += " (\(escaped(line))) Tj T*" }
        content += " ET"
        return write([
            (pageTree(count: 1), nil),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageSize.width) \(pageSize.height)] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>", nil),
            ("<< /Length \(content.utf8.count) >>", Array(content.utf8)),
            (helvetica, nil),
        ])
    }

    /// `count` letter-size pages, each saying "Periksa page N".
    public static func pages(_ count: Int) -> [UInt8] {
        var objects = [(pageTree(count: count), [UInt8]?.none)]
        for page in 0..<count {
            let content = "BT /F1 24 Tf 72 720 Td (Periksa page \(page + 1)) Tj ET"
            objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents \(4 + page * 2) 0 R /Resources << /Font << /F1 \(helvetica) >> >> >>", nil))
            objects.append(("<< /Length \(content.utf8.count) >>", Array(content.utf8)))
        }
        return write(objects)
    }

    /// One page that is `jpeg` (a `width × height` RGB JPEG at 72 dpi), as a scanner writes it.
    public static func scan(jpeg: [UInt8], width: Int, height: Int) -> [UInt8] {
        let content = "q \(width) 0 0 \(height) 0 0 cm /Im0 Do Q"
        return write([
            (pageTree(count: 1), nil),
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>", nil),
            ("<< /Length \(content.utf8.count) >>", Array(content.utf8)),
            ("<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>", jpeg),
        ])
    }

    /// The pages object (2 0 R); page objects are 3, 5, 7… with their contents right after each.
    public static func pageTree(count: Int) -> String {
        let kids = (0..<count).map { "\(3 + $0 * 2) 0 R" }.joined(separator: " ")
        return "<< /Type /Pages /Kids [\(kids)] /Count \(count) >>"
    }

    /// Object 1 is the catalog; `objects` follow as 2, 3, …, each a dictionary and maybe a stream.
    public static func write(_ objects: [(String, [UInt8]?)]) -> [UInt8] {
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (dictionary, stream) in [("<< /Type /Catalog /Pages 2 0 R >>", nil)] + objects {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n\(dictionary)\n".utf8)
            if let stream { out += Array("stream\n".utf8) + stream + Array("\nendstream\n".utf8) }
            out += Array("endobj\n".utf8)
        }
        var tail = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(out.count)\n%%EOF\n"
        return out + Array(tail.utf8)
    }

    static func escaped(_ line: String) -> String {
        line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
