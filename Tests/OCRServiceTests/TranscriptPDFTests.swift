import Contracts
import Foundation
@testable import PDFPages
import Testing
@testable import OCRService

/// PDF transcripts: a PDF made by software is read from its text layer (exact, no OCR), a
/// scanned PDF's pages are rendered grey with the longer side at `maxSide` for OCR, and a text layer that
/// cannot be trusted (no course table's header in it; a scan's hidden OCR) is not used.
@Suite struct TranscriptPDFTests {
    static let rows: [(code: String, name: String, sks: Int, grade: String)] = [
        ("IF1203", "Algoritma dan Pemrograman", 3, "A"), ("MAT1101", "Kalkulus I", 3, "B+"), ("FIS1104", "Fisika Dasar I", 2, "B–"),
        ("IF2210", "Struktur Data", 3, "A–"), ("UNI1001", "Pendidikan Pancasila", 2, "B"), ("IF2305", "Basis Data", 4, "C+"),
        ("IF3101", "Etika & Profesi (Umum)", 2, "A"), ("STA2101", "Statistika Dasar", 3, "C"), ("IF3302", "Jaringan Komputer", 3, "D"),
    ]

    @Test func aPrintedTranscriptIsReadFromItsTextLayer() async throws {
        let pdf = TranscriptPDFTextPDF.transcript(name: "Siti Rahmawati", nim: "H1D021045", semester: 5, rows: Self.rows, split: 5, ipk: "2.91")
        let pages = try await TranscriptPDFPages().pages(pdf)
        #expect(pages.count == 2)
        #expect(pages.allSatisfy { if case .words = $0 { true } else { false } })
        let reading = try await TranscriptReader(engines: 1).read(pdf)
        let want = Self.rows.map { CourseRow(code: $0.code, name: $0.name, sks: $0.sks, grade: $0.grade.replacingOccurrences(of: "–", with: "-")) }
        #expect(reading.rows == want)
        #expect(reading.student == Student(name: "Siti Rahmawati", nim: "H1D021045"))
        #expect(reading.ipkPrinted == 2.91)
        #expect(reading.semester == 5)
        #expect(reading.unreadableRows == 0)
    }

    @Test func aTextLayerWithoutATableIsNotTrusted() async throws {
        // what a font without a Unicode map gives: letters, but no "Kode … SKS … Huruf" header row
        let garbled = TranscriptPDFTextPDF.document([[.init(x: 50, y: 80, text: "1DPD : 6LWL"), .init(x: 50, y: 140, text: "NRGH 0DWD NXOLDK 6.6 +XUXI")]])
        let pages = try await TranscriptPDFPages().pages(garbled)
        #expect(pages.count == 1)
        guard case .image(let png) = pages.first else { Issue.record("a garbled text layer was trusted"); return }
        // a page with no image is rendered with its longer side at maxSide (A4: 842 pt → 2200 px)
        let pix = try ImageDecoding().decode(png)
        #expect(pix.height == 2200)
        #expect(abs(pix.width - 1555) <= 2)
    }

    @Test func aScannedPDFIsRenderedGreyAtMaxSide() async throws {
        let pdf = [UInt8](try Data(contentsOf: try FixtureCards.directory("khs").appendingPathComponent("khs-pdf-tau-0033.pdf")))
        // the generator's pages: one 1240 px wide image each, drawn at 150 ppi over the whole page
        let facts = try await Poppler().pageFacts(pdf)
        #expect(facts.map(\.imagePPI) == [150, 150, 150])
        #expect(facts.allSatisfy { $0.imageCoverage > 0.99 })
        let pages = try await TranscriptPDFPages().pages(pdf)
        #expect(pages.count == 3)
        for (page, heightPixels) in zip(pages, [819, 317, 592]) {
            guard case .image(let png) = page else { Issue.record("a scan was read from a text layer"); continue }
            let pix = try ImageDecoding().decode(png)
            #expect((2197...2200).contains(pix.width))
            #expect(abs(pix.height - heightPixels * 2200 / 1240) <= 2)
        }
    }

    @Test func aScanWithHiddenTextIsStillOCRed() {
        let words = [PDFWord(text: "Kode", x: 50, y: 100, width: 30, height: 12), PDFWord(text: "SKS", x: 300, y: 100, width: 20, height: 12),
                     PDFWord(text: "Nilai", x: 400, y: 100, width: 30, height: 12)]
        let text = [PDFTextPage(width: 595, height: 842, words: words)]
        // 12 characters in the layer; a scan's OCR layer draws none of them, a printed page all
        for visible: [Int]? in [[0], [5], nil] {
            #expect(TranscriptPDFText.words(text, visible: visible, count: 1, maxSide: 2200) == [nil])
        }
        let printed = TranscriptPDFText.words(text, visible: [12], count: 1, maxSide: 2200)
        // placed as OCR would see an A4 page: 1555 px wide, so 50 pt → 131 px
        #expect(printed[0]?.map(\.text) == ["Kode", "SKS", "Nilai"])
        #expect(printed[0]?.first?.box == Box(x: 131, y: 261, width: 78, height: 31))
    }

    @Test func aPrintedTranscriptOverAFullPagePictureIsReadFromItsTextLayer() async throws {
        // a letterhead/watermark background covers the page, as a scan's picture would (pdfimages
        // rounds its 7.5 ppi, so the measured share is short of 1)
        let pdf = TranscriptPDFTextPDF.transcript(name: "Siti Rahmawati", nim: "H1D021045", semester: 5, rows: Self.rows, split: 5, ipk: "2.91", paper: .background)
        #expect(try await Poppler().pageFacts(pdf).allSatisfy { $0.imageCoverage > 0.8 })
        let pages = try await TranscriptPDFPages().pages(pdf)
        #expect(pages.count == 2)
        #expect(pages.allSatisfy { if case .words = $0 { true } else { false } })
    }

    @Test func aScansHiddenOCRTextIsNeverTrusted() async throws {
        let pdf = TranscriptPDFTextPDF.transcript(name: "Siti Rahmawati", nim: "H1D021045", semester: 5, rows: Self.rows, split: 5, ipk: "2.91", paper: .scanWithHiddenText)
        // the hidden words are in the text layer, table header and all; none is drawn
        #expect(try await Poppler().textPages(pdf).allSatisfy { $0.words.contains { $0.text == "SKS" } })
        #expect(try await Poppler().visibleCharacters(pdf, pages: 2) == [0, 0])
        let pages = try await TranscriptPDFPages().pages(pdf)
        #expect(pages.count == 2)
        #expect(pages.allSatisfy { $0.image != nil })
    }

    @Test func visibleCharactersAreCountedPerPage() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler" version="22.12.0">
            <page number="1" position="absolute" top="0" left="0" height="1262" width="892">
            \t<fontspec id="0" size="12" family="Helvetica" color="#000000"/>
            <text top="30" left="392" width="214" height="11" font="0"><b>Etika &amp; Profesi</b></text>
            <text top="46" left="276" width="444" height="18" font="0">A-</text>
            </page>
            <page number="2" position="absolute" top="0" left="0" height="1262" width="892">
            </page>
            </pdf2xml>
            """
        #expect(Poppler.visibleCharacters(xml: xml, pages: 3) == [15, 0, 0])
    }

    @Test func popplerReportsPageSizesAndScanResolutions() {
        let info = "Pages:           2\nPage    1 size:  595.2 x 414.24 pts\nPage    1 rot:   0\nPage    2 size:  743.52 x 557.28 pts\nPage    2 rot:   90\n"
        #expect(Poppler.pageSizes(info) == [PDFPageFacts(width: 595.2, height: 414.24), PDFPageFacts(width: 557.28, height: 743.52)])
        let list = """
            page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
            --------------------------------------------------------------------------------------------
               1     0 image    1240   863  gray    1   8  jpeg   no         7  0   150   150 59.1K 5.7%
               1     1 smask    1240   863  gray    1   8  image  no         9  0   150   150 1K 0.1%
               2     2 image    1549  1161  rgb     3   8  jpeg   no         8  0   300   300  172K 3.3%
            """
        let images = Poppler.images(list)
        #expect(images.map(\.page) == [1, 2])
        #expect(images.map(\.ppi) == [150, 300])
        let bbox = #"<page width="595.000000" height="842.000000">\#n    <word xMin="50.0" yMin="70.5" xMax="80.0" yMax="82.5">Etika&amp;Profesi&#8722;</word>\#n  </page>"#
        #expect(Poppler.textPages(bbox: bbox) == [PDFTextPage(width: 595, height: 842, words: [PDFWord(text: "Etika&Profesi\u{2212}", x: 50, y: 70.5, width: 30, height: 12)])])
    }
}
