import Foundation

/// What poppler tells about one page before it is rendered. Invariant: sizes are in PDF points
/// (1/72 inch) as displayed (after the page's rotation); `imagePPI`, when present, is the
/// resolution at which the page's largest image is drawn, and `imageCoverage` the share of the
/// page (0…1) that image covers — a scanned page is one image covering (nearly) all of it.
public struct PDFPageFacts: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var imagePPI: Double?
    public var imageCoverage: Double

    public init(width: Double, height: Double, imagePPI: Double? = nil, imageCoverage: Double = 0) {
        self.width = width
        self.height = height
        self.imagePPI = imagePPI
        self.imageCoverage = imageCoverage
    }
}

extension Poppler {
    /// Every page as a raw PPM raster (`pdftoppm`, 8-bit RGB) with its longer side `maxSide`
    /// pixels. Raw because encoding a noisy scanned page as PNG costs poppler seconds (zlib over
    /// photo noise), while a raw raster costs nothing.
    public func rasterPages(_ pdf: [UInt8], maxSide: Int) async throws -> [[UInt8]] {
        try await withTemporaryFile(pdf) { path in
            var pages: [[UInt8]] = []
            for page in 1...max(1, try await pageFacts(path: path).count) { pages.append(try await rasterPage(path: path, page: page, maxSide: maxSide)) }
            return pages
        }
    }

    /// Page `page` (1-based) as a PPM with its longer side `maxSide` pixels.
    public func rasterPage(_ pdf: [UInt8], page: Int, maxSide: Int) async throws -> [UInt8] {
        try await withTemporaryFile(pdf) { path in try await rasterPage(path: path, page: page, maxSide: maxSide) }
    }

    /// Every page's facts: its displayed size and the image drawn largest on it.
    public func pageFacts(_ pdf: [UInt8]) async throws -> [PDFPageFacts] {
        try await withTemporaryFile(pdf) { path in try await pageFacts(path: path) }
    }

    /// Every page as a JPEG (quality 92) rendered at `dpi`; a page whose longer side would pass
    /// `maxSide` pixels at that resolution is scaled to `maxSide` instead, so a huge page cannot
    /// blow up memory. JPEG, not PNG: zlib over a scanned page's noise costs poppler about four
    /// times as long, and the page is only read by OCR.
    public func pageJPEGs(_ pdf: [UInt8], dpi: Int = 300, maxSide: Int = 5000) async throws -> [[UInt8]] {
        try await withTemporaryFile(pdf) { path in
            var pages: [[UInt8]] = []
            for (index, facts) in try await pageFacts(path: path).enumerated() {
                let side = max(facts.width, facts.height) / 72 * Double(dpi)
                let size = side > Double(maxSide) ? ["-scale-to", "\(maxSide)"] : ["-r", "\(dpi)"]
                pages.append(try await renderedPage(path: path, page: index + 1, options: ["-jpeg", "-jpegopt", "quality=92"] + size, suffix: "jpg"))
            }
            return pages
        }
    }

    func rasterPage(path: String, page: Int, maxSide: Int) async throws -> [UInt8] {
        try await renderedPage(path: path, page: page, options: ["-scale-to", "\(maxSide)"], suffix: "ppm")
    }

    /// Page `page` rendered by `pdftoppm` with `options`, read back from the file it wrote.
    func renderedPage(path: String, page: Int, options: [String], suffix: String) async throws -> [UInt8] {
        let prefix = path + "-page\(page)"
        _ = try await output("pdftoppm", options + ["-f", "\(page)", "-l", "\(page)", "-singlefile", path, prefix])
        defer { try? FileManager.default.removeItem(atPath: prefix + "." + suffix) }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + "." + suffix)))
    }

    /// Every page's facts (`pdfinfo` for the sizes, `pdfimages -list` for the images drawn).
    func pageFacts(path: String) async throws -> [PDFPageFacts] {
        let info = try await run("pdfinfo", ["-f", "1", "-l", "\(maxPages + 1)", path])
        var pages = Self.pageSizes(info)
        guard !pages.isEmpty else { throw PDFPagesError("the PDF has no readable page sizes") }
        guard pages.count <= maxPages else { throw PDFPagesError("the PDF has more than \(maxPages) pages") }
        for image in Self.images(try await run("pdfimages", ["-list", "-l", "\(pages.count)", path])) where image.page >= 1 && image.page <= pages.count {
            let page = pages[image.page - 1], area = page.width * page.height
            guard area > 0, image.ppi > 0 else { continue }
            let coverage = min(1, Double(image.width * image.height) / (image.ppi * image.ppi) * 72 * 72 / area)
            if coverage > pages[image.page - 1].imageCoverage {
                pages[image.page - 1].imageCoverage = coverage
                pages[image.page - 1].imagePPI = image.ppi
            }
        }
        return pages
    }

    /// "Page    2 size:  743.52 x 557.28 pts" and "Page    2 rot:   90" lines, as displayed sizes.
    static func pageSizes(_ info: String) -> [PDFPageFacts] {
        var pages: [Int: PDFPageFacts] = [:]
        for line in info.split(separator: "\n") where line.hasPrefix("Page ") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 4, let number = Int(fields[1]) else { continue }
            if fields[2] == "size:", let width = Double(fields[3]), fields.count >= 6, let height = Double(fields[5]) {
                pages[number] = PDFPageFacts(width: width, height: height)
            } else if fields[2] == "rot:", let rotation = Int(fields[3]), rotation % 180 != 0, let page = pages[number] {
                pages[number] = PDFPageFacts(width: page.height, height: page.width)
            }
        }
        return (1...max(1, pages.count)).compactMap { pages[$0] }
    }

    /// The raster images of a `pdfimages -list` table (masks skipped): page, pixel size, resolution.
    static func images(_ list: String) -> [(page: Int, width: Int, height: Int, ppi: Double)] {
        list.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 14, fields[2] == "image", let page = Int(fields[0]), let width = Int(fields[3]), let height = Int(fields[4]),
                let x = Double(fields[12]), let y = Double(fields[13]) else { return nil }
            return (page, width, height, max(x, y))
        }
    }
}
