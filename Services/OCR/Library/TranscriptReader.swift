import CLeptonica
import Contracts
import Foundation
import ServiceKit

/// What was read from a transcript page: the student, the course rows and the printed IPK.
/// Invariant: `ipkPrinted` is within 0…4 when present; `unreadableRows` counts table rows that
/// were seen but could not be read whole (a reason for review, never silently dropped).
public struct TranscriptReading: Sendable, Equatable {
    public var student: Student
    public var rows: [CourseRow]
    public var ipkPrinted: Double?
    public var unreadableRows: Int

    public init(student: Student, rows: [CourseRow], ipkPrinted: Double?, unreadableRows: Int = 0) {
        self.student = student
        self.rows = rows
        self.ipkPrinted = ipkPrinted
        self.unreadableRows = unreadableRows
    }
}

/// Reads KHS/transcript pages: the page straightened and normalised as a receipt is, Tesseract's
/// words, then ``TranscriptTable`` and the labelled header lines (Nama, NIM, IPK/IPS).
public struct TranscriptReader: Sendable {
    let pool: EnginePool
    let decoding: ImageDecoding
    public let scale: GradeScale

    public init(engines: Int, scale: GradeScale = .indonesian) throws {
        pool = try EnginePool(size: engines, languages: "ind+eng")
        decoding = ImageDecoding()
        self.scale = scale
    }

    init(pool: EnginePool, decoding: ImageDecoding, scale: GradeScale) {
        self.pool = pool
        self.decoding = decoding
        self.scale = scale
    }

    /// Reads one JPEG/PNG page; throws the envelope's 4xx for what is not a readable image.
    public func read(_ bytes: [UInt8], scale: GradeScale? = nil) async throws -> TranscriptReading {
        let scale = scale ?? self.scale
        return Self.reading(words: try await words(bytes, scale: scale), scale: scale)
    }

    /// The page's OCR words with boxes, after straightening and normalising it.
    func words(_ bytes: [UInt8], scale: GradeScale) async throws -> [OCRWord] {
        let decoding = decoding
        return try await pool.run { engine throws(APIError) in
            let page = ReceiptImage(try decoding.decode(bytes), widthRange: 1500...2000).text
            let first = TranscriptCellReread.words(engine.recognize(page, mode: .auto).lines.flatMap(\.words), page: page, engine: engine, scale: scale)
            let table = TranscriptTable(words: first, scale: scale)
            guard table.rows.isEmpty || table.unreadableRows > 0 else { return first }
            // page segmentation sometimes drops whole columns as "images"; sparse mode finds them
            let second = TranscriptCellReread.words(engine.recognize(page, mode: .sparse).lines.flatMap(\.words), page: page, engine: engine, scale: scale)
            let other = TranscriptTable(words: second, scale: scale)
            return (other.rows.count, -other.unreadableRows) > (table.rows.count, -table.unreadableRows) ? second : first
        }
    }

    /// The reading of a page's OCR words (pure; unit-tested with synthetic boxes).
    static func reading(words: [OCRWord], scale: GradeScale) -> TranscriptReading {
        let table = TranscriptTable(words: words, scale: scale)
        var name: String?, nim: String?, ipk: Double?, ips: Double?
        for line in TranscriptTable.rows(of: words) {
            let tokens = line.map(\.text)
            let lower = tokens.map { $0.lowercased().filter(\.isLetter) }
            guard let first = lower.first else { continue }
            if name == nil, first == "nama", !lower.contains("kuliah"), !lower.contains("mata") {
                name = value(after: tokens, labelWords: 1)
            } else if nim == nil, ["nim", "npm", "nrp"].contains(first) {
                nim = value(after: tokens, labelWords: 1)?.replacingOccurrences(of: " ", with: "")
            } else if lower.contains("ipk") || lower.contains("kumulatif") {
                ipk = ipk ?? lastGradePoint(tokens)
            } else if lower.contains("ips") || lower.contains("semester") && lower.contains("prestasi") {
                ips = ips ?? lastGradePoint(tokens)
            }
        }
        return TranscriptReading(student: Student(name: name, nim: nim), rows: table.rows, ipkPrinted: ipk ?? ips, unreadableRows: table.unreadableRows)
    }

    /// The text after a label and its colon ("Nama : Budi Santoso" → "Budi Santoso").
    static func value(after tokens: [String], labelWords: Int) -> String? {
        var rest = Array(tokens.dropFirst(labelWords))
        if let colon = rest.firstIndex(where: { $0.hasPrefix(":") }), colon <= 1 {
            rest[colon] = String(rest[colon].dropFirst())
            rest.removeFirst(colon)
        }
        if rest.count >= 2, [":", "1", "|", "l", ";", "i"].contains(rest[0]) { rest.removeFirst() }
        let text = rest.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        return text.isEmpty ? nil : text
    }

    /// The last "3.45"/"3,45" on a line that is a grade-point average (0…4).
    static func lastGradePoint(_ tokens: [String]) -> Double? {
        tokens.reversed().lazy.compactMap { token -> Double? in
            let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ":;()"))
            guard let value = GradeScale.number(trimmed), (0...4).contains(value) else { return nil }
            return value
        }.first
    }

    /// The page's word rows as text with x positions, for the benchmark's diagnostics (no personal data is logged by it).
    public func debugLines(_ bytes: [UInt8]) async throws -> [String] {
        TranscriptTable.rows(of: try await words(bytes, scale: scale)).map { $0.map { "\($0.text)@\($0.box.x),\($0.box.y)" }.joined(separator: " ") }
    }
}
