/// Trains a ``LinearChainModel`` as a structured averaged perceptron: decode each training
/// text, and where the best sequence differs from the gold one, move the weights of the gold
/// tags up and of the predicted tags down; the final weights are the average over all steps.
/// Deterministic: same examples in the same order and the same epochs give the same model.
public struct PerceptronTrainer {
    var model: LinearChainModel
    var totals: [Double] = []
    var transitionTotals: [Double]
    var step: Double = 1

    public init(version: String, vocabulary: Set<UInt64> = []) {
        model = LinearChainModel(version: version)
        model.vocabulary = vocabulary
        transitionTotals = [Double](repeating: 0, count: model.transitions.count)
    }

    /// One perceptron step on one text; returns whether the prediction was already right.
    @discardableResult
    public mutating func learn(_ features: DecreeFeatures, gold: [Int]) -> Bool {
        let predicted = model.decode(features)
        defer { step += 1 }
        guard predicted != gold else { return true }
        let t = LinearChainModel.tags
        for i in gold.indices where predicted[i] != gold[i] {
            for k in features.offsets[i]..<features.offsets[i + 1] {
                let row = rowIndex(features.hashes[k])
                add(row * t + gold[i], 1)
                add(row * t + predicted[i], -1)
            }
        }
        for i in gold.indices {
            let goldFrom = i == 0 ? t : gold[i - 1], predictedFrom = i == 0 ? t : predicted[i - 1]
            if goldFrom != predictedFrom || gold[i] != predicted[i] {
                addTransition(goldFrom * t + gold[i], 1)
                addTransition(predictedFrom * t + predicted[i], -1)
            }
        }
        return false
    }

    mutating func rowIndex(_ hash: UInt64) -> Int {
        if let row = model.rows[hash] { return Int(row) }
        let row = model.rows.count
        model.rows[hash] = Int32(row)
        model.weights.append(contentsOf: repeatElement(0, count: LinearChainModel.tags))
        totals.append(contentsOf: repeatElement(0, count: LinearChainModel.tags))
        return row
    }

    mutating func add(_ index: Int, _ delta: Float) {
        model.weights[index] += delta
        totals[index] += step * Double(delta)
    }

    mutating func addTransition(_ index: Int, _ delta: Float) {
        model.transitions[index] += delta
        transitionTotals[index] += step * Double(delta)
    }

    /// The averaged model; weights whose magnitude stays below `prune` are dropped.
    public func averaged(prune: Float = 0) -> LinearChainModel {
        var weights = model.weights
        for i in weights.indices { weights[i] = Float(Double(weights[i]) - totals[i] / step) }
        var transitions = model.transitions
        for i in transitions.indices { transitions[i] = Float(Double(transitions[i]) - transitionTotals[i] / step) }
        let t = LinearChainModel.tags
        var rows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (hash, row) in model.rows.sorted(by: { $0.key < $1.key }) {
            var slice = Array(weights[(Int(row) * t)..<(Int(row) * t + t)])
            for k in slice.indices where abs(slice[k]) < prune { slice[k] = 0 }
            guard slice.contains(where: { $0 != 0 }) else { continue }
            rows[hash] = Int32(rows.count)
            kept += slice
        }
        return LinearChainModel(version: model.version, rows: rows, weights: kept, transitions: transitions, vocabulary: model.vocabulary)
    }
}
