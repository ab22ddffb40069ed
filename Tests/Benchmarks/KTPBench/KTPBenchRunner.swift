import Contracts
import Foundation
import OCRService
import RegionRegistry

/// Runs the extractor over a card directory: one engine in sequence for latency, then every
/// core at once for throughput; then the negatives for false accepts.
struct KTPBenchRunner {
    let single: KTPExtractor
    let all: KTPExtractor
    let cores = ProcessInfo.processInfo.activeProcessorCount

    init(registry: LoadedRegistry) throws {
        single = try KTPExtractor(registry: registry, engines: 1)
        all = try KTPExtractor(registry: registry, engines: cores)
    }

    struct Report {
        var score: KTPScore
        var latencies: [Double]
        var cardsPerSecond: Double
        var negatives: Int
        var falseAccepts: Int
        var failures: [String]

        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }

        func print() {
            score.print(title: "Periksa KTP extraction")
            Swift.print(String(format: "latency on one core: p50 %.0f ms, p95 %.0f ms; throughput on all cores: %.2f cards/s", percentile(0.5) * 1000, percentile(0.95) * 1000, cardsPerSecond))
            Swift.print("not_a_ktp: false rejects \(score.refused) of \(score.cards) cards, false accepts \(falseAccepts) of \(negatives) other images")
            for failure in failures.filter({ $0.contains(" nik:") }).prefix(25) { Swift.print("  " + failure) }
            for failure in failures.filter({ !$0.contains(" nik:") }).prefix(25) { Swift.print("  " + failure) }
        }
    }

    func run(cards directory: String, negatives: String?) async throws -> Report {
        let cards = try KTPScore.truths(in: directory)
        var score = KTPScore(), latencies: [Double] = [], failures: [String] = []
        for card in cards {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: card.image)))
            let start = ContinuousClock.now
            let fields = try? await single.extract(bytes)
            latencies.append(Self.seconds(ContinuousClock.now - start))
            let predicted = fields.map { extraction in Dictionary(uniqueKeysWithValues: KTPFields.CodingKeys.allCases.compactMap { key in extraction.fields[key].map { (key.rawValue, $0) } }) }
            score.add(truth: card.truth, predicted: predicted)
            for key in KTPScore.fields where predicted?[key] != card.truth[key] {
                failures.append("\(card.name) \(key): got \(predicted?[key] ?? "nil") want \(card.truth[key] ?? "nil")")
            }
        }
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for card in cards {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: card.image)))
                group.addTask { _ = try? await all.extract(bytes) }
            }
            try await group.waitForAll()
        }
        let throughput = Double(cards.count) / max(Self.seconds(ContinuousClock.now - start), 0.001)
        var negativeCount = 0, accepted = 0
        if let negatives {
            for file in try FileManager.default.contentsOfDirectory(atPath: negatives) where file.hasSuffix(".jpg") || file.hasSuffix(".png") {
                negativeCount += 1
                if (try? await single.extract([UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(negatives)/\(file)"))))) != nil { accepted += 1 }
            }
        }
        return Report(score: score, latencies: latencies, cardsPerSecond: throughput, negatives: negativeCount, falseAccepts: accepted, failures: failures)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
