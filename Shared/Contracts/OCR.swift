/// A pixel rectangle in the input image.
public struct Box: Codable, Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// One recognised word with its box and confidence (0..1).
public struct OCRWord: Codable, Sendable, Equatable {
    public var text: String
    public var box: Box
    public var confidence: Double
    public init(text: String, box: Box, confidence: Double) {
        self.text = text
        self.box = box
        self.confidence = confidence
    }
}

/// One recognised text line: its words in reading order.
public struct OCRLine: Codable, Sendable, Equatable {
    public var text: String
    public var box: Box
    public var confidence: Double
    public var words: [OCRWord]
    public init(text: String, box: Box, confidence: Double, words: [OCRWord]) {
        self.text = text
        self.box = box
        self.confidence = confidence
        self.words = words
    }
}

/// `POST /v1/ocr` answer: the page's text, lines and words.
public struct OCRResult: Codable, Sendable, Equatable {
    public var text: String
    public var lines: [OCRLine]
    public var width: Int
    public var height: Int
    public init(text: String, lines: [OCRLine], width: Int, height: Int) {
        self.text = text
        self.lines = lines
        self.width = width
        self.height = height
    }
}
