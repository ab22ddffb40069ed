import Contracts
import DecreeCorpus
import DecreeEntities
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// ner-bench: words per second of entity extraction on one core (release build), p50/p95 of
/// validation from text in-process (extraction + comparison), and, with `--url`, p50/p95 of
/// `POST /v1/sk/validate` over HTTP against a running ner (or gateway with `--token`).
///
///     ner-bench [--model FILE] [--docs N] [--rounds R] [--url BASE] [--token JWT] [--requests N]
@main
struct NERBench {
    static func main() async throws {
        let args = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String) -> String? { args.firstIndex(of: name).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil } }
        let modelPath = option("--model") ?? "Services/NER/Model/sk-model.bin"
        let model = try LinearChainModel(serialized: [UInt8](try Data(contentsOf: URL(fileURLWithPath: modelPath))))
        let extractor = DecreeEntityExtractor(model: model)
        let decrees = DecreeCorpus.make(.test, count: Int(option("--docs") ?? "") ?? 300) + DecreeCorpus.make(.other, count: 100)
        let words = decrees.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        print("model \(model.version), \(model.featureCount) features; \(decrees.count) decrees, \(words) words")

        for decree in decrees.prefix(20) { _ = extractor.extract(decree.text) }
        let rounds = Int(option("--rounds") ?? "") ?? 3
        var found = 0
        let clock = ContinuousClock()
        let cpuStart = threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<rounds { for decree in decrees { found += extractor.extract(decree.text).count } }
        }
        let cpu = threadCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(String(format: "extraction, one thread: %.0f words per CPU-second (%.2f CPU s); %.0f words/s wall clock (%.2f s, other load included); %d rounds, %d entities",
                     Double(words * rounds) / cpu, cpu, Double(words * rounds) / seconds, seconds, rounds, found))

        let comparison = SKComparison()
        var latencies: [Double] = []
        for decree in decrees {
            let proposal = proposal(for: decree)
            let started = clock.now
            _ = comparison.compare(proposal, with: extractor.extract(decree.text))
            latencies.append(milliseconds(clock.now - started))
        }
        print(String(format: "validation from text, in-process: p50 %.2f ms, p95 %.2f ms", percentile(latencies, 0.5), percentile(latencies, 0.95)))

        if let base = option("--url") {
            try await http(base: base, token: option("--token"), decrees: Array(decrees.prefix(Int(option("--requests") ?? "") ?? 200)))
        }
    }

    /// The proposal an honest employee would send: the gold values of the decree.
    static func proposal(for decree: LabelledDecree) -> SKProposal {
        let scalars = Array(decree.text.unicodeScalars)
        func gold(_ label: EntityLabel) -> String? {
            decree.spans.first { $0.label == label }.map { span in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[span.start..<span.end])
                return EntityValue.normalise(label, String(view))
            }
        }
        return SKProposal(nip: gold(.nipPNS), nama: gold(.namaPNS), nomorSK: gold(.nomorSK), nomorLGBKN: gold(.nomorLGBKN),
                          tanggalLGBKN: gold(.tanggalLGBKN), tmtKP: gold(.tmtKP), pangkatBaru: gold(.pangkatBaru))
    }

    static func http(base: String, token: String?, decrees: [LabelledDecree]) async throws {
        guard let url = URL(string: base + "/v1/sk/validate") else { return }
        var latencies: [Double] = []
        var decisions: [String: Int] = [:]
        let clock = ContinuousClock()
        for decree in decrees {
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") } else {
                request.setValue("ner-bench", forHTTPHeaderField: "X-Periksa-On-Behalf-Of")
            }
            request.httpBody = try JSONEncoder().encode(SKValidateRequest(text: decree.text, proposed: proposal(for: decree)))
            let started = clock.now
            let (data, _) = try await URLSession.shared.data(for: request)
            latencies.append(milliseconds(clock.now - started))
            let decision = (try? JSONDecoder().decode(SKValidation.self, from: data))?.decision.rawValue ?? "error"
            decisions[decision, default: 0] += 1
        }
        print(String(format: "POST /v1/sk/validate (text, %d requests, sequential): p50 %.2f ms, p95 %.2f ms", decrees.count, percentile(latencies, 0.5), percentile(latencies, 0.95)))
        print("decisions: \(decisions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
    }

    /// CPU time of the calling thread: the one-core cost, whatever else the machine runs.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
    }
}
