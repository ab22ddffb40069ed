import FaceAuthService
import Foundation

/// One embedded photo of the evaluation: which person, which source photo, which augmentation.
struct Embedded {
    var person: String
    var source: String
    var augmentation: Augmentation
    var descriptor: FaceDescriptor
}

/// Verification over every pair of embedded photos: same person (from different augmentations or
/// source photos) must fall under the threshold, different people over it.
struct Verification {
    var same: [Double] = []
    var different: [Double] = []

    init(_ photos: [Embedded], duplicates: Set<Set<String>>) {
        for i in photos.indices {
            for j in photos.indices where j > i {
                let (a, b) = (photos[i], photos[j])
                if a.source == b.source && a.augmentation == b.augmentation { continue }
                if a.augmentation == b.augmentation && duplicates.contains([a.source, b.source]) { continue }
                let distance = a.descriptor.distance(to: b.descriptor)
                if a.person == b.person { same.append(distance) } else { different.append(distance) }
            }
        }
    }

    /// False accept rate, false reject rate and accuracy at `threshold`.
    func rates(at threshold: Double) -> (far: Double, frr: Double, accuracy: Double) {
        let falseAccepts = different.filter { $0 <= threshold }.count
        let falseRejects = same.filter { $0 > threshold }.count
        let total = same.count + different.count
        return (Double(falseAccepts) / Double(max(1, different.count)), Double(falseRejects) / Double(max(1, same.count)),
                Double(total - falseAccepts - falseRejects) / Double(max(1, total)))
    }

    func report(thresholds: FaceThresholds) -> String {
        var lines = ["pairs: \(same.count) same-person, \(different.count) different-person"]
        lines.append(String(format: "same-person distance: max %.3f, p95 %.3f; different-person: min %.3f",
                            same.max() ?? 0, percentile(same, 0.95), different.min() ?? 0))
        lines.append("ROC (threshold → FAR, FRR, accuracy):")
        for threshold in stride(from: 0.30, through: 0.80, by: 0.05) {
            let r = rates(at: threshold)
            lines.append(String(format: "  %.2f → FAR %.4f  FRR %.4f  acc %.4f", threshold, r.far, r.frr, r.accuracy))
        }
        for (name, threshold) in [("verify (1:1)", thresholds.verify), ("identify (1:N)", thresholds.identify)] {
            let r = rates(at: threshold)
            lines.append(String(format: "default %@ threshold %.2f: accuracy %.4f, FAR %.4f, FRR %.4f", name, threshold, r.accuracy, r.far, r.frr))
        }
        return lines.joined(separator: "\n")
    }
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}
