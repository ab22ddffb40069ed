import DecreeEntities

/// Builds one decree as segments of plain text and entity text, then degrades it the way OCR of
/// a stamped, signed, folded letter does, keeping every gold span exact.
public struct DecreeWriter {
    struct Segment {
        var text: [Character]
        var label: EntityLabel?
    }

    var segments: [Segment] = []

    public init() {}

    public mutating func text(_ s: String) { segments.append(Segment(text: Array(s), label: nil)) }

    public mutating func entity(_ label: EntityLabel, _ s: String) { segments.append(Segment(text: Array(s), label: label)) }

    /// The final text and its spans (Unicode scalar offsets; the generator writes only single-scalar characters).
    public func finish(noise: OCRNoise, rng: inout SeededGenerator) -> LabelledDecree {
        var text = ""
        var spans: [EntitySpan] = []
        var offset = 0
        for segment in segments {
            let chars = noise.degrade(segment.text, label: segment.label, rng: &rng)
            let piece = String(chars)
            let count = piece.unicodeScalars.count
            if let label = segment.label {
                var lead = 0, trail = 0
                for c in chars { if c.isWhitespace { lead += 1 } else { break } }
                for c in chars.reversed() { if c.isWhitespace { trail += 1 } else { break } }
                if lead + trail < chars.count {
                    spans.append(EntitySpan(label: label, start: offset + lead, end: offset + count - trail))
                }
            }
            text += piece
            offset += count
        }
        return LabelledDecree(text: text, spans: spans)
    }
}

/// One decree text with its gold entity spans.
public struct LabelledDecree: Codable, Sendable, Equatable {
    public var text: String
    public var spans: [EntitySpan]
    public var issuer: String = ""
    public var template: String = ""
    public var form: String = ""
}
