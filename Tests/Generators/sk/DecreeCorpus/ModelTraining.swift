import DecreeEntities

/// How many decrees each split has by default.
public struct CorpusSizes: Sendable {
    public var train: Int, test: Int, other: Int
    public init(train: Int, test: Int, other: Int) {
        self.train = train
        self.test = test
        self.other = other
    }
    public static let standard = CorpusSizes(train: 1500, test: 500, other: 500)
}

/// The training recipe shared by `ner-train` and the tests: featurise every decree once, then
/// run the averaged perceptron for a fixed number of epochs in a seeded order.
public enum ModelTraining {
    public static let standardEpochs = 10
    public static let version = "sk-perceptron-1"
    /// Share of training passes that see a text without its word features (dropout).
    public static let lexicalDropout = 0.5
    /// How many training orders are averaged.
    public static let orders = 3

    public static func train(
        _ decrees: [LabelledDecree], epochs: Int = standardEpochs, orders: Int = ModelTraining.orders, progress: (Int, Int, Int) -> Void = { _, _, _ in }
    ) -> LinearChainModel {
        let texts = decrees.map { DecreeText($0.text) }
        let vocabulary = Self.vocabulary(texts, decrees)
        let examples = zip(texts, decrees).map { text, decree in
            let flags = PatternFlags(text.tokens)
            return (DecreeFeatures(text.tokens, flags: flags, vocabulary: vocabulary),
                    DecreeFeatures(text.tokens, flags: flags, vocabulary: vocabulary, lexical: false),
                    DecreeEntityExtractor.goldTags(text.tokens, spans: decree.spans))
        }
        // Three perceptrons over the same examples in three seeded orders, averaged (bagging):
        // the result depends far less on one order's luck.
        let models = (0..<orders).map { run -> LinearChainModel in
            var trainer = PerceptronTrainer(version: "\(version)-\(decrees.count)x\(epochs)x\(orders)", vocabulary: vocabulary)
            var order = Array(examples.indices)
            var rng = SeededGenerator(seed: 7 &+ UInt64(run))
            for epoch in 1...max(1, epochs) {
                rng.shuffle(&order)
                var correct = 0
                for index in order {
                    let example = examples[index]
                    let features = rng.chance(lexicalDropout) ? example.1 : example.0
                    if trainer.learn(features, gold: example.2) { correct += 1 }
                }
                progress(epoch, correct, examples.count)
            }
            return trainer.averaged(prune: 0.01)
        }
        return LinearChainModel.mean(of: models)
    }

    /// Words seen at least five times outside entities and never inside a name: the ordinary
    /// wording of decrees. Anything else that is capitalised is, most likely, a name.
    static func vocabulary(_ texts: [DecreeText], _ decrees: [LabelledDecree]) -> Set<UInt64> {
        var counts: [UInt64: Int] = [:]
        var inNames = Set<UInt64>()
        for (text, decree) in zip(texts, decrees) {
            let tags = DecreeEntityExtractor.goldTags(text.tokens, spans: decree.spans)
            for (token, tag) in zip(text.tokens, tags) where token.text.filter(\.isLetter).count >= 2 {
                let hash = DecreeFeatures.hash(DecreeFeatures.wordKey(token.text))
                if BILOU.label(of: tag) == .namaPNS { inNames.insert(hash) } else if tag == BILOU.outside { counts[hash, default: 0] += 1 }
            }
        }
        return Set(counts.filter { $0.value >= 5 && !inNames.contains($0.key) }.keys)
    }
}
