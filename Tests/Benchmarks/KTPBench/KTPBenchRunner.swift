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
        /// Process CPU seconds per card (one card at a time): a fair one-core figure on a busy machine.
        var cpuTimes: [Double]
        var cardsPerSecond: Double
        var negatives: Int
        var falseAccepts: Int
        var failures: [String]

        func percentile(_ p: Double, of values: [Double]? = nil) -> Double {
            let sorted = (values ?? latencies).sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }

        func print(failureLimit: Int) {
            score.print(title: "Periksa KTP extraction")
            Swift.print(String(format: "latency on one core: p50 %.0f ms, p95 %.0f ms; throughput on all cores: %.2f cards/s", percentile(0.5) * 1000, percentile(0.95) * 1000, cardsPerSecond))
            Swift.print(String(format: "process CPU time per card: p50 %.0f ms, p95 %.0f ms", percentile(0.5, of: cpuTimes) * 1000, percentile(0.95, of: cpuTimes) * 1000))
            Swift.print("not_a_ktp: false rejects \(score.refused) of \(score.cards) cards, false accepts \(falseAccepts) of \(negatives) other images")
            for failure in failures.filter({ $0.contains(" nik:") }).prefix(failureLimit) { Swift.print("  " + failure) }
            for failure in failures.filter({ !$0.contains(" nik:") }).prefix(failureLimit) { Swift.print("  " + failure) }
        }
    }

    func run(cards directory: String, negatives: String?, throughput measured: Bool) async throws -> Report {
        let cards = try KTPScore.truths(in: directory)
        var score = KTPScore(), latencies: [Double] = [], cpuTimes: [Double] = [], failures: [String] = []
        for card in cards {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: card.image)))
            let start = ContinuousClock.now, cpuStart = Self.processCPUSeconds()
            let fields = try? await single.extract(bytes)
            latencies.append(Self.seconds(ContinuousClock.now - start))
            cpuTimes.append(Self.processCPUSeconds() - cpuStart)
            let predicted = fields.map { extraction in Dictionary(uniqueKeysWithValues: KTPFields.CodingKeys.allCases.compactMap { key in extraction.fields[key].map { (key.rawValue, $0) } }) }
            score.add(truth: card.truth, predicted: predicted)
            for key in KTPScore.fields where predicted?[key] != card.truth[key] {
                failures.append("\(card.name) \(key): got \(predicted?[key] ?? "nil") want \(card.truth[key] ?? "nil")")
            }
        }
        let throughput = measured ? try await throughput(cards.map(\.image)) : 0
        var negativeCount = 0, accepted = 0
        if let negatives {
            for file in try FileManager.default.contentsOfDirectory(atPath: negatives) where file.hasSuffix(".jpg") || file.hasSuffix(".png") {
                negativeCount += 1
                if (try? await single.extract([UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(negatives)/\(file)"))))) != nil { accepted += 1 }
            }
        }
        return Report(score: score, latencies: latencies, cpuTimes: cpuTimes, cardsPerSecond: throughput, negatives: negativeCount, falseAccepts: accepted, failures: failures)
    }

    /// Cards per second with every core's engine busy.
    private func throughput(_ images: [String]) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for image in images {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: image)))
                group.addTask { _ = try? await all.extract(bytes) }
            }
            try await group.waitForAll()
        }
        return Double(images.count) / max(Self.seconds(ContinuousClock.now - start), 0.001)
    }

    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
