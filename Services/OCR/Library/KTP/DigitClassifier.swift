/// Classifies one digit image by normalised correlation with rendered templates of the
/// faces NIKs are printed in. Invariant: features are zero-mean, unit-length vectors, so the
/// score (−1…1) ignores contrast and brightness.
struct DigitClassifier: Sendable {
    let templates: [(digit: Int, features: [Float])]

    init() {
        templates = NIKDigitTemplates.samples.compactMap { sample in
            var bytes: [Float] = []
            var iterator = sample.pixels.makeIterator()
            while let high = iterator.next(), let low = iterator.next(), let value = UInt8(String([high, low]), radix: 16) {
                bytes.append(Float(value))
            }
            guard bytes.count == NIKDigitTemplates.width * NIKDigitTemplates.height else { return nil }
            return (sample.digit, Self.normalise(bytes))
        }
    }

    /// The best digit, its score, the margin to the best other digit and every digit's score.
    func classify(_ pixels: [Float]) -> (digit: Int, score: Float, margin: Float, all: [Float]) {
        let features = Self.normalise(pixels)
        var best = [Float](repeating: -2, count: 10)
        for template in templates {
            var dot: Float = 0
            for index in 0..<min(features.count, template.features.count) { dot += features[index] * template.features[index] }
            best[template.digit] = max(best[template.digit], dot)
        }
        let ranked = best.enumerated().sorted { $0.element > $1.element }
        return (ranked[0].offset, ranked[0].element, ranked[0].element - ranked[1].element, best)
    }

    static func normalise(_ values: [Float]) -> [Float] {
        let mean = values.reduce(0, +) / Float(max(values.count, 1))
        let centred = values.map { $0 - mean }
        let length = centred.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return length > 0 ? centred.map { $0 / length } : centred
    }
}
