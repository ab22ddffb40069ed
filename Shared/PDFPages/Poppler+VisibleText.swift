import Foundation

extension Poppler {
    /// Visible non-space characters on pages 1…`pages`. A page made by software draws its words
    /// (over a letterhead or watermark image as often as not); a scan that went through OCR
    /// carries that program's words invisibly (text render mode 3, Tesseract's and OCRmyPDF's
    /// "sandwich"). `pdftohtml` leaves hidden text out unless told `-hidden`, so what it gives is
    /// what a reader sees; the page images are never decoded (`-i`): a few milliseconds a page.
    public func visibleCharacters(_ pdf: [UInt8], pages: Int) async throws -> [Int] {
        try await withTemporaryFile(pdf) { path in
            let xml = try await run("pdftohtml", ["-xml", "-i", "-q", "-stdout", "-f", "1", "-l", "\(pages)", path])
            return Self.visibleCharacters(xml: xml, pages: pages)
        }
    }

    /// Per page, the non-space characters inside `<text …>…</text>` of `pdftohtml -xml` output
    /// (inline `<b>`/`<i>`/`<a>` tags not counted; an entity counts as one character).
    static func visibleCharacters(xml: String, pages: Int) -> [Int] {
        var counts = Array(repeating: 0, count: max(0, pages)), page = -1
        for line in xml.split(separator: "\n") {
            if line.hasPrefix("<page ") { page += 1; continue }
            guard line.hasPrefix("<text "), counts.indices.contains(page), let open = line.firstIndex(of: ">") else { continue }
            var inTag = false, inEntity = false
            for character in line[line.index(after: open)...] {
                switch character {
                case "<": inTag = true
                case ">": inTag = false
                case "&" where !inTag: inEntity = true; counts[page] += 1
                case ";" where inEntity: inEntity = false
                default: if !inTag, !inEntity, !character.isWhitespace { counts[page] += 1 }
                }
            }
        }
        return counts
    }
}
