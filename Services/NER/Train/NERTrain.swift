import DecreeCorpus
import DecreeEntities
import Foundation

/// ner-train: rebuilds the decree entity model from the generated corpus, deterministically
/// (same corpus, same epochs → byte-identical model file), evaluates it, or exports the corpus.
///
///     ner-train train    [--out FILE] [--train N] [--epochs E]
///     ner-train evaluate [--model FILE] [--test N] [--other N]
///     ner-train export   --out DIR [--train N] [--test N] [--other N]
@main
struct NERTrain {
    static let defaultModel = "Services/NER/Model/sk-model.bin"

    static func main() throws {
        let args = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String, _ fallback: String) -> String {
            guard let i = args.firstIndex(of: name), i + 1 < args.count else { return fallback }
            return args[i + 1]
        }
        let sizes = CorpusSizes(
            train: Int(option("--train", "")) ?? CorpusSizes.standard.train,
            test: Int(option("--test", "")) ?? CorpusSizes.standard.test,
            other: Int(option("--other", "")) ?? CorpusSizes.standard.other)
        switch args.first {
        case "train":
            let epochs = Int(option("--epochs", "")) ?? ModelTraining.standardEpochs
            let started = Date()
            let model = ModelTraining.train(DecreeCorpus.make(.train, count: sizes.train), epochs: epochs) { epoch, correct, total in
                print("epoch \(epoch): \(correct)/\(total) texts already right")
            }
            let bytes = model.serialized()
            let out = option("--out", defaultModel)
            try Data(bytes).write(to: URL(fileURLWithPath: out))
            print("wrote \(out): \(bytes.count) bytes, \(model.featureCount) features, \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            evaluate(model, sizes: sizes)
        case "evaluate":
            let bytes = try Data(contentsOf: URL(fileURLWithPath: option("--model", defaultModel)))
            evaluate(try LinearChainModel(serialized: [UInt8](bytes)), sizes: sizes)
        case "errors":
            let bytes = try Data(contentsOf: URL(fileURLWithPath: option("--model", defaultModel)))
            let extractor = DecreeEntityExtractor(model: try LinearChainModel(serialized: [UInt8](bytes)))
            let split = CorpusSplit(rawValue: option("--split", "other")) ?? .other
            for (index, decree) in DecreeCorpus.make(split, count: Int(option("--count", "")) ?? 20).enumerated() {
                let predicted = Set(extractor.spans(decree.text)), gold = Set(decree.spans)
                let scalars = Array(decree.text.unicodeScalars)
                func show(_ s: EntitySpan) -> String {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[s.start..<s.end])
                    return "\(s.label.rawValue) \(s.start) \"\(String(view).replacingOccurrences(of: "\n", with: "⏎"))\""
                }
                for span in gold.subtracting(predicted).sorted(by: { $0.start < $1.start }) { print("#\(index) \(decree.template) missed  \(show(span))") }
                for span in predicted.subtracting(gold).sorted(by: { $0.start < $1.start }) { print("#\(index) \(decree.template) spurious \(show(span))") }
            }
        case "export":
            let directory = option("--out", "var/sk-corpus")
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for split in CorpusSplit.allCases {
                let count = split == .train ? sizes.train : split == .test ? sizes.test : sizes.other
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let lines = try DecreeCorpus.make(split, count: count).map { String(decoding: try encoder.encode($0), as: UTF8.self) }
                try (lines.joined(separator: "\n") + "\n").write(toFile: "\(directory)/\(split.rawValue).jsonl", atomically: true, encoding: .utf8)
                print("wrote \(directory)/\(split.rawValue).jsonl (\(count) decrees)")
            }
        default:
            print("usage: ner-train train [--out FILE] [--train N] [--epochs E] | evaluate [--model FILE] | export --out DIR")
            exit(2)
        }
    }

    static func evaluate(_ model: LinearChainModel, sizes: CorpusSizes) {
        let extractor = DecreeEntityExtractor(model: model)
        for (split, count) in [(CorpusSplit.test, sizes.test), (.other, sizes.other)] {
            var evaluation = SpanEvaluation()
            for decree in DecreeCorpus.make(split, count: count) {
                evaluation.add(predicted: extractor.spans(decree.text), gold: decree.spans)
            }
            print(evaluation.report(title: "\(split.rawValue) (\(count) decrees, model \(model.version))"))
        }
    }
}
