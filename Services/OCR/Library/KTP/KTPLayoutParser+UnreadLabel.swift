import Contracts

/// A row whose label OCR could not read and whose colon was lost too ("RAW 002/005" for
/// "RT/RW : 002/005"). The card prints a second address line under the first, in the value
/// column; a row that starts in the label column is a row of its own, never the address
/// continued, so it is not run into alamat but given its label by the fixed row order.
extension KTPLayoutParser {
    /// The value words (right of the colon column) of a row that starts with a word wholly in
    /// the label column carrying at least two letters; nil for a row starting in the value
    /// column (a wrapped value) or one with nothing right of the colon column.
    static func valueAfterUnreadLabel(_ words: [OCRWord], colonX: Int?) -> [OCRWord]? {
        guard let colonX, let first = words.first, first.box.x + first.box.width < colonX else { return nil }
        let label = words.prefix { $0.box.x + $0.box.width < colonX }
        guard label.map(\.text).joined().filter(\.isLetter).count >= 2 else { return nil }
        let value = droppingColon(Array(words.dropFirst(label.count)), colonX: colonX, colonRead: false, measured: true)
        return value.isEmpty ? nil : value
    }
}
