import Foundation

/// One word of a PDF's text layer. Invariant: the box is in PDF points (1/72 inch) from the
/// displayed page's top-left corner, as `pdftotext -bbox` reports it (the font's full line
/// height, not only the ink).
public struct PDFWord: Sendable, Equatable {
    public var text: String
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(text: String, x: Double, y: Double, width: Double, height: Double) {
        self.text = text
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// One page of a PDF's text layer: its displayed size in points and its words in reading order
/// (none for a page that is only an image).
public struct PDFTextPage: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var words: [PDFWord]

    public init(width: Double, height: Double, words: [PDFWord]) {
        self.width = width
        self.height = height
        self.words = words
    }
}

extension Poppler {
    /// Every page's text-layer words with their boxes (`pdftotext -bbox`). A document made by
    /// software (a portal's "print KHS" or print-to-PDF) has one; a scan has none, or another
    /// program's OCR laid invisibly over the image.
    public func textPages(_ pdf: [UInt8]) async throws -> [PDFTextPage] {
        try await withTemporaryFile(pdf) { path in
            Self.textPages(bbox: try await run("pdftotext", ["-bbox", "-enc", "UTF-8", "-l", "\(maxPages)", path, "-"]))
        }
    }

    /// The pages of `pdftotext -bbox` XHTML: `<page width= height=>` and `<word xMin= yMin= xMax= yMax=>text</word>`.
    static func textPages(bbox: String) -> [PDFTextPage] {
        var pages: [PDFTextPage] = []
        for line in bbox.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("<page ") {
                pages.append(PDFTextPage(width: attribute("width", in: trimmed) ?? 0, height: attribute("height", in: trimmed) ?? 0, words: []))
            } else if trimmed.hasPrefix("<word "), !pages.isEmpty, let open = trimmed.firstIndex(of: ">"),
                let close = trimmed.range(of: "</word>", options: .backwards), open < close.lowerBound,
                let x0 = attribute("xMin", in: trimmed), let y0 = attribute("yMin", in: trimmed),
                let x1 = attribute("xMax", in: trimmed), let y1 = attribute("yMax", in: trimmed) {
                let text = unescaped(String(trimmed[trimmed.index(after: open)..<close.lowerBound]))
                pages[pages.count - 1].words.append(PDFWord(text: text, x: x0, y: y0, width: x1 - x0, height: y1 - y0))
            }
        }
        return pages
    }

    /// The number in `name="…"` on an XHTML tag line.
    static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
    }

    /// XML character references and the five named entities pdftotext writes.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = "", rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 8 else { out += "&"; rest = rest[rest.index(after: amp)...]; continue }
            let entity = rest[rest.index(after: amp)..<semi]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][String(entity)]
            let numeric = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
            out += named ?? numeric.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(rest[amp...semi])
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
