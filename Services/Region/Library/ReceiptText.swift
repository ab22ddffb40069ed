import Contracts

/// One run of text on the receipt: a whole line, or the part of a line on one side of a wide
/// gap (two columns that OCR read as one line). `box` is nil for text input, where the order
/// of lines is all the layout there is.
struct ReceiptSegment: Sendable, Equatable {
    var text: String
    var box: Box?
    var order: Int
    var confidence: Double
}

/// The receipt as segments in reading order, from an OCR answer or from plain text.
struct ReceiptText: Sendable {
    var segments: [ReceiptSegment]
    var width: Int?
    /// Column cuts of side-by-side address blocks: from `y` down, text left of `x` and right
    /// of it belong to different columns.
    var columns: [(y: Int, x: Int)] = []

    /// Plain text: one segment per non-empty line.
    init(text: String) {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        segments = lines.enumerated().map { ReceiptSegment(text: $1, box: nil, order: $0, confidence: 1) }
        width = nil
    }

    /// An OCR answer: each line split where the gap between two words is wider than three
    /// times the line's height, and at the column boundary of side-by-side address blocks
    /// (below a row holding both a sender's and a recipient's label).
    init(ocr: OCRResult) {
        var segments: [ReceiptSegment] = []
        let columns = Self.columnBoundaries(ocr)
        for line in ocr.lines {
            let cut = columns.last { $0.y <= line.box.y + line.box.height / 2 }?.x
            var run: [OCRWord] = []
            func close() {
                guard !run.isEmpty else { return }
                let joined = OCRLine.joinedWords(run)
                segments.append(ReceiptSegment(text: joined.text, box: joined.box, order: segments.count, confidence: joined.confidence))
                run = []
            }
            let height = max(8, line.box.height)
            for word in line.words {
                if let last = run.last, word.box.x - (last.box.x + last.box.width) > 3 * height || (cut.map { last.box.x < $0 && word.box.x >= $0 } ?? false) {
                    close()
                }
                run.append(word)
            }
            close()
        }
        self.segments = segments
        self.width = ocr.width
        self.columns = columns
    }
}

extension OCRLine {
    /// The text, union box and mean confidence of consecutive words.
    static func joinedWords(_ words: [OCRWord]) -> (text: String, box: Box, confidence: Double) {
        let left = words.map(\.box.x).min() ?? 0, top = words.map(\.box.y).min() ?? 0
        let right = words.map { $0.box.x + $0.box.width }.max() ?? 0, bottom = words.map { $0.box.y + $0.box.height }.max() ?? 0
        let confidence = words.map(\.confidence).reduce(0, +) / Double(max(1, words.count))
        return (words.map(\.text).joined(separator: " "), Box(x: left, y: top, width: right - left, height: bottom - top), confidence)
    }
}
