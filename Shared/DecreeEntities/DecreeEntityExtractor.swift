import Foundation

/// One entity found in a decree: its exact span, its clean value and how sure the model is.
public struct ExtractedEntity: Sendable, Equatable {
    public var label: EntityLabel
    public var text: String
    public var value: String
    public var start: Int
    public var end: Int
    public var confidence: Double

    public init(label: EntityLabel, text: String, value: String, start: Int, end: Int, confidence: Double) {
        self.label = label
        self.text = text
        self.value = value
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}

/// Finds the seven decree entities in (OCR) text with a trained ``LinearChainModel``: tokens →
/// pattern flags → features → Viterbi over BILOU tags → character spans. Thread-safe (a value).
public struct DecreeEntityExtractor: Sendable {
    public let model: LinearChainModel

    public init(model: LinearChainModel) {
        self.model = model
    }

    /// Tokens, flags and features of a text, as training and decoding both see them.
    public static func prepare(_ text: String, vocabulary: Set<UInt64>) -> (DecreeText, DecreeFeatures) {
        let decree = DecreeText(text)
        return (decree, DecreeFeatures(decree.tokens, flags: PatternFlags(decree.tokens), vocabulary: vocabulary))
    }

    public func extract(_ text: String) -> [ExtractedEntity] {
        let (decree, features) = Self.prepare(text, vocabulary: model.vocabulary)
        let n = decree.tokens.count
        let emissions = model.emissions(features)
        let tags = model.viterbi(emissions, count: n, admissible: features.admissible)
        return Self.runs(tags).map { run in
            let start = decree.tokens[run.tokens.lowerBound].start, end = decree.tokens[run.tokens.upperBound - 1].end
            let raw = decree.slice(start, end)
            var margin: Float = .infinity
            for i in run.tokens {
                let row = emissions[(i * LinearChainModel.tags)..<((i + 1) * LinearChainModel.tags)]
                let own = row[row.startIndex + tags[i]]
                let other = row.enumerated().filter { $0.offset != tags[i] }.map(\.element).max() ?? own
                margin = min(margin, own - other)
            }
            let confidence = 1 / (1 + exp(-Double(margin) / 2))
            return ExtractedEntity(
                label: run.label, text: raw, value: EntityValue.normalise(run.label, raw), start: start, end: end,
                confidence: (confidence * 1000).rounded() / 1000)
        }
    }

    /// The labelled character spans of a text (for evaluation).
    public func spans(_ text: String) -> [EntitySpan] {
        let (decree, features) = Self.prepare(text, vocabulary: model.vocabulary)
        return Self.runs(model.decode(features)).map {
            EntitySpan(label: $0.label, start: decree.tokens[$0.tokens.lowerBound].start, end: decree.tokens[$0.tokens.upperBound - 1].end)
        }
    }

    /// Entities as token ranges from a well-formed BILOU sequence.
    static func runs(_ tags: [Int]) -> [(label: EntityLabel, tokens: Range<Int>)] {
        var out: [(label: EntityLabel, tokens: Range<Int>)] = []
        var open: Int?
        for (i, tag) in tags.enumerated() {
            guard let label = BILOU.label(of: tag), let part = BILOU.part(of: tag) else { open = nil; continue }
            switch part {
            case .unit: out.append((label, i..<(i + 1))); open = nil
            case .begin: open = i
            case .inside: break
            case .last: if let start = open { out.append((label, start..<(i + 1))) }; open = nil
            }
        }
        return out
    }

    /// Gold BILOU tags of tokens for labelled character spans; a token belongs to a span it overlaps.
    public static func goldTags(_ tokens: [DecreeToken], spans: [EntitySpan]) -> [Int] {
        var tags = [Int](repeating: BILOU.outside, count: tokens.count)
        var k = 0
        for span in spans.sorted(by: { $0.start < $1.start }) {
            while k < tokens.count, tokens[k].end <= span.start { k += 1 }
            var inside: [Int] = []
            var j = k
            while j < tokens.count, tokens[j].start < span.end { inside.append(j); j += 1 }
            guard let first = inside.first, let last = inside.last else { continue }
            if first == last { tags[first] = BILOU.tag(span.label, .unit); continue }
            tags[first] = BILOU.tag(span.label, .begin)
            for i in inside.dropFirst().dropLast() { tags[i] = BILOU.tag(span.label, .inside) }
            tags[last] = BILOU.tag(span.label, .last)
            k = j
        }
        return tags
    }
}
