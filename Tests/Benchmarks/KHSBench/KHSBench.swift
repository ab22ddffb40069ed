import Contracts
import Foundation
import OCRService

/// Reads generated KHS pages (Tests/Generators/khs) and prints, per layout group (tuned layouts
/// and the held-out `omega`): row exact match, grade accuracy, IPK agreement (recomputed = true
/// and printed read = printed), decision accuracy, p50/p95 latency per page and pages/s on one engine.
/// Usage: khs-bench DIR  (with OMP_THREAD_LIMIT=1)
@main struct KHSBench {
    struct Truth: Decodable {
        struct Row: Decodable { var code: String; var name: String; var sks: Int; var grade: String }
        var layout: String
        var rows: [Row]
        var ipk_printed: Double
        var ipk_true: Double
        var tampered: Bool
    }

    struct Tally {
        var pages = 0, rows = 0, rowsExact = 0, grades = 0, ipkAgree = 0, decisions = 0
        var latencies: [Double] = []
        func line(_ name: String) -> String {
            let sorted = latencies.sorted()
            let p50 = sorted.isEmpty ? 0 : sorted[sorted.count / 2], p95 = sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
            func pct(_ a: Int, _ b: Int) -> String { String(format: "%.1f%% (%d/%d)", 100 * Double(a) / Double(max(b, 1)), a, b) }
            return "\(name): pages \(pages) | rows exact \(pct(rowsExact, rows)) | grades \(pct(grades, rows)) | IPK agree \(pct(ipkAgree, pages)) | decisions \(pct(decisions, pages)) | p50 \(String(format: "%.0f", p50 * 1000)) ms p95 \(String(format: "%.0f", p95 * 1000)) ms | \(String(format: "%.2f", Double(pages) / max(latencies.reduce(0, +), 1e-9))) verifications/s"
        }
    }

    static func main() async throws {
        guard CommandLine.arguments.count > 1 else { print("usage: khs-bench DIR"); return }
        let folder = URL(fileURLWithPath: CommandLine.arguments[1])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }.sorted()
        let reader = try TranscriptReader(engines: 1)
        let verifier = TranscriptVerifier()
        var tuned = Tally(), heldOut = Tally()
        for name in names {
            let base = folder.appendingPathComponent(String(name.dropLast(4)))
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: base.appendingPathExtension("json")))
            let bytes = [UInt8](try Data(contentsOf: base.appendingPathExtension("jpg")))
            let start = ContinuousClock.now
            let reading = try await reader.read(bytes)
            let verdict = verifier.verify(reading, TranscriptRequirements(minIPK: nil, courses: []))
            let elapsed = ContinuousClock.now - start
            var tally = truth.layout == "omega" ? heldOut : tally(tuned)
            tally.pages += 1
            tally.latencies.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            for row in truth.rows {
                tally.rows += 1
                if reading.rows.contains(where: { $0.code == row.code && $0.name == row.name && $0.sks == row.sks && $0.grade == row.grade }) { tally.rowsExact += 1 }
                if let read = reading.rows.first(where: { $0.code == row.code || $0.name == row.name }), read.grade == row.grade { tally.grades += 1 }
            }
            if ProcessInfo.processInfo.environment["KHS_DEBUG"] != nil {
                for row in truth.rows where !reading.rows.contains(where: { $0.code == row.code && $0.sks == row.sks && $0.grade == row.grade }) {
                    let read = reading.rows.first { $0.name == row.name || $0.code == row.code }.map { "\($0.code ?? "-") \($0.sks) \($0.grade) \($0.name)" } ?? "none"
                    print("\(name): want \(row.code) \(row.sks) \(row.grade) \(row.name) | read \(read)")
                }
            }
            if ProcessInfo.processInfo.environment["KHS_DEBUG"] == "2", reading.rows.isEmpty {
                print("\(name) rows:\n" + (try await reader.debugLines(bytes)).joined(separator: "\n"))
            }
            if verdict.ipk == truth.ipk_true, reading.ipkPrinted == truth.ipk_printed { tally.ipkAgree += 1 }
            if verdict.eligible == (truth.tampered ? .needsReview : .eligible) { tally.decisions += 1 }
            if truth.layout == "omega" { heldOut = tally } else { tuned = tally }
        }
        print(tuned.line("tuned layouts (sigma, tau, rho)"))
        print(heldOut.line("held-out layout (omega)"))
    }

    static func tally(_ t: Tally) -> Tally { t }
}
