import Foundation
import TestDocuments

/// A transcript PDF as a campus portal prints one: every page A4 with a Helvetica text layer
/// drawn cell by cell (on blank paper, over a background picture, or hidden over one as a scan's OCR), so poppler's `pdftotext -bbox` gives its words with boxes.
/// Text is WinAnsi: "–" (en dash, byte 0x96) stands for a typographic minus in grades.
enum TranscriptPDFTextPDF {
    /// One line of text at (x, y) in points from the page's top-left corner.
    struct Cell {
        var x: Double
        var y: Double
        var text: String
        var bold = false
    }

    /// How a page's text is laid on it.
    enum Paper {
        /// Text on a blank page, as a portal prints it.
        case plain
        /// A full-page picture (a letterhead/watermark background) drawn first, the text over it.
        case background
        /// A full-page picture with the text laid invisibly over it (render mode 3), as an OCR
        /// program makes a scan searchable.
        case scanWithHiddenText
    }

    /// A PDF whose page i draws `pages[i]` on `paper`.
    static func document(_ pages: [[Cell]], paper: Paper = .plain) -> [UInt8] {
        let fonts = "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> "
            + "/F2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >> >>"
        let image = 3 + pages.count * 2
        var objects: [(String, [UInt8]?)] = [(PDFFile.pageTree(count: pages.count), nil)]
        for (index, cells) in pages.enumerated() {
            var content: [UInt8] = paper == .plain ? [] : Array("q 595 0 0 842 0 0 cm /Im0 Do Q\n".utf8)
            let mode = paper == .scanWithHiddenText ? "3 Tr " : ""
            for cell in cells {
                content += Array("BT \(mode)/\(cell.bold ? "F2" : "F1") 10 Tf \(cell.x) \(842 - cell.y) Td (".utf8) + winAnsi(cell.text) + Array(") Tj ET\n".utf8)
            }
            let pictures = paper == .plain ? "" : " /XObject << /Im0 \(image) 0 R >>"
            objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(4 + index * 2) 0 R /Resources << /Font \(fonts)\(pictures) >> >>", nil))
            objects.append(("<< /Length \(content.count) >>", content))
        }
        // a 62 × 84 pale grey picture stretched over the page (pdfimages: 7.5 ppi, covering it all)
        let pixels = [UInt8](repeating: 0xE8, count: 62 * 84)
        if paper != .plain { objects.append(("<< /Type /XObject /Subtype /Image /Width 62 /Height 84 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length \(pixels.count) >>", pixels)) }
        return PDFFile.write(objects)
    }

    /// ASCII as is (parentheses and backslashes escaped), "–" as WinAnsi 0x96.
    static func winAnsi(_ text: String) -> [UInt8] {
        text.flatMap { character -> [UInt8] in
            switch character {
            case "–": [0x96]
            case "(", ")", "\\": [0x5C, character.asciiValue ?? 0x20]
            default: [character.asciiValue ?? 0x3F]
            }
        }
    }

    /// A transcript in the `tau` manner (Kode | Mata Kuliah | SKS | Huruf): the student block on
    /// the first page, `rows` split after `split` rows, the IPK line on the last page.
    static func transcript(name: String, nim: String, semester: Int, rows: [(code: String, name: String, sks: Int, grade: String)], split: Int, ipk: String, paper: Paper = .plain) -> [UInt8] {
        var first: [Cell] = [
            Cell(x: 200, y: 40, text: "TRANSKRIP AKADEMIK", bold: true),
            Cell(x: 50, y: 80, text: "Nama"), Cell(x: 150, y: 80, text: ": " + name),
            Cell(x: 50, y: 95, text: "NIM"), Cell(x: 150, y: 95, text: ": " + nim),
            Cell(x: 50, y: 110, text: "Semester"), Cell(x: 150, y: 110, text: ": \(semester)"),
        ]
        func table(_ part: ArraySlice<(code: String, name: String, sks: Int, grade: String)>, top: Double) -> [Cell] {
            var cells = [Cell(x: 50, y: top, text: "Kode", bold: true), Cell(x: 130, y: top, text: "Mata Kuliah", bold: true),
                         Cell(x: 400, y: top, text: "SKS", bold: true), Cell(x: 460, y: top, text: "Huruf", bold: true)]
            for (offset, row) in part.enumerated() {
                let y = top + Double(offset + 1) * 16
                cells += [Cell(x: 50, y: y, text: row.code), Cell(x: 130, y: y, text: row.name), Cell(x: 400, y: y, text: "\(row.sks)"), Cell(x: 460, y: y, text: row.grade)]
            }
            return cells
        }
        first += table(rows[..<split], top: 140)
        var last = table(rows[split...], top: 60)
        let bottom = 60 + Double(rows.count - split + 2) * 16
        last += [Cell(x: 50, y: bottom, text: "Jumlah SKS : \(rows.map(\.sks).reduce(0, +))"),
                 Cell(x: 50, y: bottom + 16, text: "Indeks Prestasi Kumulatif (IPK) : " + ipk)]
        return document([first, last], paper: paper)
    }
}
