import Contracts
import Foundation

/// A receipt's ground truth as the generator wrote it (`receipt-NNNNN.json`).
struct ReceiptTruth: Decodable {
    struct Party: Decodable {
        var region: String
        var province: String
        var city: String
        var postal_code: String?
    }
    var region: String
    var province: String
    var city: String
    var postal_code: String?
    var layout: String
    var held_out: Bool
    var sender: Party
}

/// One answer next to its truth, with how long it took.
struct Scored {
    var truth: ReceiptTruth
    var region: String
    var province: String?
    var city: String?
    var seconds: Double
    /// Process CPU time spent on this receipt (one request at a time, Tesseract single-threaded):
    /// its cost on one core, whatever else the machine was doing.
    var cpuSeconds: Double = 0
}

/// Accuracy, per-class precision/recall, UNKNOWN rate, sender-picked errors and latency of a
/// set of answers.
struct RegionScore {
    let title: String
    let items: [Scored]

    var count: Int { items.count }
    func rate(_ predicate: (Scored) -> Bool) -> Double { items.isEmpty ? 0 : Double(items.filter(predicate).count) / Double(items.count) }
    var accuracy: Double { rate { $0.region == $0.truth.region } }
    var unknownRate: Double { rate { $0.region == SortingRegion.unknown.rawValue } }
    var provinceAccuracy: Double { rate { $0.province == $0.truth.province } }
    var cityAccuracy: Double { rate { $0.city == $0.truth.city } }
    /// Answers that named the sender's province where the recipient's differs.
    var senderPicked: Int { items.filter { $0.province != nil && $0.province == $0.truth.sender.province && $0.truth.sender.province != $0.truth.province }.count }

    func precision(_ label: SortingRegion) -> Double {
        let predicted = items.filter { $0.region == label.rawValue }
        return predicted.isEmpty ? 0 : Double(predicted.filter { $0.truth.region == label.rawValue }.count) / Double(predicted.count)
    }

    func recall(_ label: SortingRegion) -> Double {
        let actual = items.filter { $0.truth.region == label.rawValue }
        return actual.isEmpty ? 0 : Double(actual.filter { $0.region == label.rawValue }.count) / Double(actual.count)
    }

    func percentile(_ p: Double, cpu: Bool = false) -> Double {
        let sorted = items.map { cpu ? $0.cpuSeconds : $0.seconds }.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    static func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
    static func millis(_ value: Double) -> String { value < 0.01 ? String(format: "%.2f ms", value * 1000) : String(format: "%.0f ms", value * 1000) }

    /// Rows of a table with one column per score.
    static func table(_ scores: [RegionScore], latency: Bool) -> String {
        var out = "| metric | " + scores.map(\.title).joined(separator: " | ") + " |\n|---|" + scores.map { _ in "---:|" }.joined() + "\n"
        func row(_ name: String, _ value: (RegionScore) -> String) { out += "| \(name) | " + scores.map(value).joined(separator: " | ") + " |\n" }
        row("receipts") { "\($0.count)" }
        row("region accuracy") { percent($0.accuracy) }
        row("REG_JAWA precision / recall") { "\(percent($0.precision(.jawa))) / \(percent($0.recall(.jawa)))" }
        row("REG_LUARJAWA precision / recall") { "\(percent($0.precision(.luarJawa))) / \(percent($0.recall(.luarJawa)))" }
        row("UNKNOWN rate") { percent($0.unknownRate) }
        row("sender picked (errors)") { "\($0.senderPicked) (\(percent(Double($0.senderPicked) / Double(max(1, $0.count)))))" }
        row("province exact") { percent($0.provinceAccuracy) }
        row("city exact") { percent($0.cityAccuracy) }
        if latency {
            row("CPU per receipt p50 / p95 (one core)") { $0.items.allSatisfy { $0.cpuSeconds == 0 } ? "n/a" : "\(millis($0.percentile(0.5, cpu: true))) / \(millis($0.percentile(0.95, cpu: true)))" }
            row("wall clock p50 / p95") { $0.items.allSatisfy { $0.seconds == 0 } ? "n/a" : "\(millis($0.percentile(0.5))) / \(millis($0.percentile(0.95)))" }
        }
        return out
    }

    /// The layouts of the wrongly answered receipts, for reading failures.
    var failures: [String: Int] {
        var counts: [String: Int] = [:]
        for item in items where item.region != item.truth.region { counts[item.truth.layout, default: 0] += 1 }
        return counts
    }
}
