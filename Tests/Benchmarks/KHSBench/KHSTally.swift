import Foundation

/// The figures of one group of transcripts (one layout, as photos, scanned PDFs or born-digital PDFs).
struct KHSTally {
    var documents = 0, pages = 0, rows = 0, rowsExact = 0, grades = 0, ipkAgree = 0, decisions = 0
    /// Seconds per document (read + verify) and per page (a document's time shared by its pages).
    var seconds: [Double] = [], perPage: [Double] = []
    /// CPU seconds per page (this process and poppler's), the one-core cost whatever the machine's load.
    var cpuPerPage: [Double] = []

    func line(_ name: String) -> String {
        func pct(_ a: Int, _ b: Int) -> String { String(format: "%.1f%% (%d/%d)", 100 * Double(a) / Double(max(b, 1)), a, b) }
        func quantile(_ values: [Double], _ q: Double) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
        }
        let total = seconds.reduce(0, +)
        return "\(name): documents \(documents), pages \(pages) | rows exact \(pct(rowsExact, rows)) | grades \(pct(grades, rows))"
            + " | IPK agree \(pct(ipkAgree, documents)) | decisions \(pct(decisions, documents))"
            + String(format: " | per page wall p50 %.0f ms p95 %.0f ms, CPU p50 %.0f ms p95 %.0f ms | %.2f verifications/s on one engine", quantile(perPage, 0.5) * 1000, quantile(perPage, 0.95) * 1000, quantile(cpuPerPage, 0.5) * 1000, quantile(cpuPerPage, 0.95) * 1000, Double(documents) / max(total, 1e-9))
    }
}
