import Contracts
import Foundation
import ServiceKit

/// One OCR'd page of a transcript kept for a second look: its image, the rotation that levelled
/// it, the table read from it and where that table's rows begin in the merged reading.
struct TranscriptPageRead: Sendable {
    var image: [UInt8]
    var angle: Double
    /// Quarter turns that stood the page upright before it was levelled.
    var turns: Int32 = 0
    var table: TranscriptTable
    var firstRow: Int
    /// A photo (the sheet on a desk, cropped out) rather than a PDF page.
    var onDesk = true
    /// How far the page was enlarged beyond its usual width when it was read.
    var zoom = 1.0
    /// Whether a stamp's and a signature's blue ink was painted out when it was read.
    var dropBlueInk = false
}

extension TranscriptReader {
    /// The reading with the cells a disagreeing printed IPK puts in doubt read again on their
    /// pages, and changed where ``TranscriptSecondLook`` finds the one set of second readings
    /// that reconciles the two. A reading whose IPKs agree (or with no printed IPK) is returned as it is.
    func secondLook(_ reading: TranscriptReading, pages: [TranscriptPageRead], scale: GradeScale) async throws -> TranscriptReading {
        let verifier = TranscriptVerifier(scale: scale)
        guard let printed = reading.ipkPrinted, verifier.agrees(printed, with: reading.rows) == false else { return reading }
        let decoding = decoding
        var alternatives: [Int: [TranscriptSecondLook.Alternative]] = [:]
        for page in pages where !page.table.rows.isEmpty && page.table.rows.count == page.table.cells.count {
            let found = try await pool.run { engine throws(APIError) in
                let pix = Self.prepared(
                    try decoding.decode(page.image), angle: page.angle, turns: page.turns, onDesk: page.onDesk, zoom: page.zoom, dropBlueInk: page.dropBlueInk)
                return zip(page.table.rows, page.table.cells).map { row, cells in
                    TranscriptSecondLook.alternatives(for: row, cells: cells, on: pix, engine: engine, scale: scale)
                }
            }
            for (offset, list) in found.enumerated() where !list.isEmpty { alternatives[page.firstRow + offset] = list }
        }
        guard let rows = TranscriptSecondLook.settled(reading.rows, printed: printed, alternatives: alternatives, scale: scale, tolerance: verifier.tolerance) else {
            return reading
        }
        var settled = reading
        settled.rows = rows
        return settled
    }
}
