extension LinearChainModel {
    /// The weight-wise mean of models trained on the same data in different orders (a bagged
    /// perceptron): one linear model whose decisions vary less with the training order.
    /// Invariant: all models share the vocabulary and version of the first.
    public static func mean(of models: [LinearChainModel]) -> LinearChainModel {
        guard let first = models.first, models.count > 1 else { return models.first ?? LinearChainModel(version: "empty") }
        let t = tags
        var hashes = Set<UInt64>()
        for model in models { hashes.formUnion(model.rows.keys) }
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        let share = 1 / Float(models.count)
        for hash in hashes.sorted() {
            var slice = [Float](repeating: 0, count: t)
            for model in models {
                guard let row = model.rows[hash] else { continue }
                for tag in 0..<t { slice[tag] += model.weights[Int(row) * t + tag] * share }
            }
            rows[hash] = Int32(rows.count)
            weights += slice
        }
        var transitions = [Float](repeating: 0, count: first.transitions.count)
        for model in models { for k in transitions.indices { transitions[k] += model.transitions[k] * share } }
        return LinearChainModel(version: first.version, rows: rows, weights: weights, transitions: transitions, vocabulary: first.vocabulary)
    }
}
