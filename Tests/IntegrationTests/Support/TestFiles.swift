import Foundation
import TestDocuments

/// The shared test documents (``PNGFile``, ``PDFFile``) as `Data` for the HTTP test client.
enum TestFiles {
    static func png(width: Int, height: Int) -> Data { Data(PNGFile.gradient(width: width, height: height)) }

    static func pdf(pages: Int) -> Data { Data(PDFFile.pages(pages)) }

    static func pdf(lines: [String]) -> Data { Data(PDFFile.text(lines: lines, fontSize: 8)) }

    static func pdf(jpeg: Data, width: Int, height: Int) -> Data { Data(PDFFile.scan(jpeg: Array(jpeg), width: width, height: height)) }
}
