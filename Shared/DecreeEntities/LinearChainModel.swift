/// A first-order linear-chain model over BILOU tags: per-feature tag weights plus tag-to-tag
/// transition weights, decoded with Viterbi under the BILOU grammar (an entity is always
/// B I* L or U). Invariant: `weights.count == rows.count * BILOU.count`;
/// `transitions.count == (BILOU.count + 1) * BILOU.count` (the last row is the sequence start).
public struct LinearChainModel: Sendable {
    public static let tags = BILOU.count
    public var version: String
    var rows: [UInt64: Int32]
    var weights: [Float]
    var transitions: [Float]
    /// Hashes of the words training saw as ordinary decree wording (never inside a name).
    public var vocabulary: Set<UInt64> = []

    /// For each tag, the tags allowed right before it.
    static let predecessors: [[Int]] = (0..<tags).map { t in (0..<tags).filter { BILOU.allowed(from: $0, to: t) } }
    static let startAllowed: [Bool] = (0..<tags).map { BILOU.allowed(from: -1, to: $0) }
    static let endAllowed: [Bool] = (0..<tags).map { BILOU.mayEnd($0) }

    public init(version: String) {
        self.version = version
        self.rows = [:]
        self.weights = []
        self.transitions = [Float](repeating: 0, count: (Self.tags + 1) * Self.tags)
    }

    init(version: String, rows: [UInt64: Int32], weights: [Float], transitions: [Float], vocabulary: Set<UInt64> = []) {
        self.version = version
        self.vocabulary = vocabulary
        self.rows = rows
        self.weights = weights
        self.transitions = transitions
    }

    public var featureCount: Int { rows.count }

    /// Per token and tag, the sum of the weights of the token's features (`n * tags` values).
    public func emissions(_ features: DecreeFeatures) -> [Float] {
        let n = features.offsets.count - 1
        let t = Self.tags
        var scores = [Float](repeating: 0, count: n * t)
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for i in 0..<n {
                    for k in features.offsets[i]..<features.offsets[i + 1] {
                        guard let row = rows[features.hashes[k]] else { continue }
                        let base = Int(row) * t
                        for tag in 0..<t { s[i * t + tag] += w[base + tag] }
                    }
                }
            }
        }
        return scores
    }

    /// The best well-formed tag sequence for the emissions of `n` tokens.
    public func viterbi(_ emissions: [Float], count n: Int, admissible: [UInt8]? = nil) -> [Int] {
        guard n > 0 else { return [] }
        let t = Self.tags
        func allowed(_ i: Int, _ tag: Int) -> Bool {
            guard tag > 0, let admissible else { return true }
            return admissible[i] & (1 << UInt8((tag - 1) / 4)) != 0
        }
        var score = [Float](repeating: -.infinity, count: n * t)
        var back = [Int32](repeating: 0, count: n * t)
        for tag in 0..<t where Self.startAllowed[tag] && allowed(0, tag) { score[tag] = transitions[t * t + tag] + emissions[tag] }
        for i in 1..<n {
            for tag in 0..<t {
                guard allowed(i, tag) else { continue }
                var best: Float = -.infinity
                var arg: Int32 = 0
                for p in Self.predecessors[tag] {
                    let s = score[(i - 1) * t + p] + transitions[p * t + tag]
                    if s > best { best = s; arg = Int32(p) }
                }
                score[i * t + tag] = best + emissions[i * t + tag]
                back[i * t + tag] = arg
            }
        }
        var last = 0
        var best: Float = -.infinity
        for tag in 0..<t where Self.endAllowed[tag] && score[(n - 1) * t + tag] > best {
            best = score[(n - 1) * t + tag]
            last = tag
        }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = last
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = Int(back[i * t + tags[i]]) }
        }
        return tags
    }

    /// The best tags for a featurised text.
    public func decode(_ features: DecreeFeatures) -> [Int] {
        viterbi(emissions(features), count: features.offsets.count - 1, admissible: features.admissible)
    }
}
