import Foundation

extension TestFiles {
    /// A one-page PDF whose page is `jpeg` (a `width`×`height` RGB image, embedded as DCTDecode at
    /// 72 dpi), as a scanner that makes PDFs would produce; correct xref offsets.
    static func pdf(jpeg: Data, width: Int, height: Int) -> Data {
        let content = "q \(width) 0 0 \(height) 0 0 cm /Im0 Do Q"
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ text: String, stream: Data? = nil) {
            offsets.append(out.count)
            out.append(Data("\(offsets.count) 0 obj\n\(text)\n".utf8))
            if let stream {
                out.append(Data("stream\n".utf8))
                out.append(stream)
                out.append(Data("\nendstream\n".utf8))
            }
            out.append(Data("endobj\n".utf8))
        }
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>")
        object("<< /Length \(content.utf8.count) >>", stream: Data(content.utf8))
        object("<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>", stream: jpeg)
        let xref = out.count
        var tail = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(tail.utf8))
        return out
    }
}
