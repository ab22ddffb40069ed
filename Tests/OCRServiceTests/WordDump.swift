import Contracts
@testable import OCRService

/// Word rows as `KHS_LINES` prints them ("text@x,y+wxh" tokens, one row a string), made into OCR words for tests
/// built from real dumps. A token without a whole box is skipped.
enum WordDump {
    static func words(_ rows: [String]) -> [OCRWord] {
        rows.flatMap { $0.split(separator: " ").compactMap(word) }
    }

    static func word(_ token: Substring) -> OCRWord? {
        let parts = token.split(separator: "@")
        let box = parts.count == 2 ? parts[1].split(whereSeparator: { ",+x".contains($0) }).compactMap { Int($0) } : []
        guard box.count == 4 else { return nil }
        return OCRWord(text: String(parts[0]), box: Box(x: box[0], y: box[1], width: box[2], height: box[3]), confidence: 0.9)
    }
}
