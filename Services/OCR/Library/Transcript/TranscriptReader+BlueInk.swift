import Contracts
import ServiceKit

/// A certified copy's blue or violet stamp and the signature across it often lie over the last rows' grades and
/// credits, and Tesseract reads the stamp's ring and the ink's loops as print, losing those rows. A photo whose reading
/// misses rows and that shows blue ink is read again with that ink painted out (``Pix/greyWithoutBlueInk()``). The page
/// is the judge, as for the closer look: the second reading is kept only where the page contradicts it less, since a
/// carbon copy's or a screen's print may itself look blue and then loses strokes.
extension TranscriptReader {
    /// Part of a photo that must be wholly blue ink before it is read again without it: the strokes of a stamp 3 cm
    /// across cover about 0.3% of an A4 page.
    static let blueInkShare = 0.001

    /// The surer of `first` and a reading without blue ink, and whether the ink was painted out for it; `first` when
    /// the photo shows too little blue ink.
    func readingWithoutBlueInk(_ bytes: [UInt8], over first: TranscriptReading, scale: GradeScale) async throws
        -> (reading: TranscriptReading, dropBlueInk: Bool) {
        let decoding = decoding
        let inked = try await pool.run { _ throws(APIError) in try decoding.decode(bytes).blueInkShare() }
        guard inked >= Self.blueInkShare else { return (first, false) }
        let other = try await photoReading(bytes, scale: scale, zoom: 1, dropBlueInk: true)
        return Self.isSurer(other, than: first, scale: scale) ? (other, true) : (first, false)
    }
}
