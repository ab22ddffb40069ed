import Foundation
import OCRService
import RegionRegistry

/// Scores KTP extraction on generated cards it was never tuned on: NIK and per-field exact
/// match, character accuracy (1 − CER), not_a_ktp errors, latency on one engine and cards/s on
/// every core. Usage: ktp-bench CARDS_DIR [NEGATIVES_DIR] [--peer PEER_RESULTS_DIR]
/// (PERIKSA_REGISTRY_DIR must point at the unpacked registry). `--quick` skips the all-cores
/// throughput pass and prints every miss (for working on a development set, never the held-out one).
@main
struct KTPBench {
    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var peerDirectory: String?
        if let flag = arguments.firstIndex(of: "--peer"), flag + 1 < arguments.count {
            peerDirectory = arguments[flag + 1]
            arguments.removeSubrange(flag...(flag + 1))
        }
        let quick = arguments.contains("--quick")
        arguments.removeAll { $0 == "--quick" }
        var dump: String?
        if let flag = arguments.firstIndex(of: "--dump"), flag + 1 < arguments.count {
            dump = arguments[flag + 1]
            arguments.removeSubrange(flag...(flag + 1))
        }
        guard let cards = arguments.first else {
            print("usage: ktp-bench CARDS_DIR [NEGATIVES_DIR] [--peer PEER_RESULTS_DIR]")
            return
        }
        guard let registryDirectory = ProcessInfo.processInfo.environment["PERIKSA_REGISTRY_DIR"] else {
            print("PERIKSA_REGISTRY_DIR is not set")
            return
        }
        let registry = RegionRegistry(data: try RegistryData.load(directory: registryDirectory))
        if let dump {
            let extractor = try KTPExtractor(registry: LoadedRegistry(registry), engines: 1)
            for line in try await extractor.lines([UInt8](try Data(contentsOf: URL(fileURLWithPath: dump)))) { print(line) }
            return
        }
        if let flag = arguments.firstIndex(of: "--rectified"), flag + 1 < arguments.count {
            // Diagnosis: every card's found corners on stdout, its straightened image into the directory.
            let extractor = try KTPExtractor(registry: LoadedRegistry(registry), engines: 1)
            for card in try KTPScore.truths(in: cards) {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: card.image)))
                print(card.name, (try extractor.outline(bytes)).map { "\($0)" } ?? "none")
                try extractor.rectifiedPNG(bytes).map { try Data($0).write(to: URL(fileURLWithPath: "\(arguments[flag + 1])/\(card.name).png")) }
            }
            return
        }
        let bench = try KTPBenchRunner(registry: LoadedRegistry(registry))
        let report = try await bench.run(cards: cards, negatives: arguments.dropFirst().first, throughput: !quick)
        report.print(failureLimit: quick ? Int.max : 25)
        if let peerDirectory {
            try KTPScore.peer(cards: cards, results: peerDirectory).print(title: "akshara-ocr 0.3.0 (Tesseract), same cards")
        }
    }
}
