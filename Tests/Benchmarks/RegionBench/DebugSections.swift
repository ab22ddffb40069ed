#if DEBUG
import Contracts
@testable import RegionService

enum DebugSections {
    static func print(_ ocr: OCRResult) {
        for section in AddressSections.split(ReceiptText(ocr: ocr)) {
            Swift.print("SECTION \(section.role.map(\.rawValue) ?? "nil") '\(section.label)'")
            for piece in section.pieces { Swift.print("   \(piece.box.map { "\($0.x),\($0.y)" } ?? "-") \(piece.words.map(\.text).joined(separator: " "))") }
        }
    }
}
#endif
