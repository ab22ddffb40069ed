import FaceAuthService
import Foundation

/// Templates from random unit vectors, in memory, to time 1:N search at a given size.
actor SyntheticTemplates: FaceTemplateStore {
    let all: [FaceTemplate]

    init(count: Int) {
        var generator = SystemRandomNumberGenerator()
        all = (0..<count).map { index in
            let raw = (0..<FaceDescriptor.dimensions).map { _ in Float.random(in: -1...1, using: &generator) }
            let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return FaceTemplate(id: UUID(), userID: UUID(), descriptor: FaceDescriptor(raw.map { $0 / norm * 0.9 })!, sequence: Int64(index + 1))
        }
    }

    func userExists(_ userID: UUID) async throws -> Bool { true }
    func add(userID: UUID, descriptors: [FaceDescriptor], images: [EnrollmentImage]?) async throws -> [FaceTemplate] { [] }
    func templates(of userID: UUID) async throws -> [FaceTemplate] { [] }
    func templates(after sequence: Int64, limit: Int) async throws -> [FaceTemplate] {
        Array(all.dropFirst(Int(sequence)).prefix(limit))
    }
    func latestSequences() async throws -> FaceSequences { FaceSequences(templates: Int64(all.count), erasures: 0) }
    func erase(userID: UUID) async throws -> Int { 0 }
    func erasures(after sequence: Int64) async throws -> [FaceErasure] { [] }
    func deleteExpiredImages(now: Date) async throws -> Int { 0 }
}

enum IdentificationTiming {
    /// Median and p95 milliseconds of one nearest-template search over `count` templates.
    static func measure(count: Int, probe: FaceDescriptor) async throws -> (p50: Double, p95: Double) {
        let index = FaceIndex(store: SyntheticTemplates(count: count))
        try await index.refresh()
        var times: [Double] = []
        for _ in 0..<30 {
            let start = ContinuousClock.now
            _ = index.nearest(to: probe)
            times.append(milliseconds(ContinuousClock.now - start))
        }
        return (percentile(times, 0.5), percentile(times, 0.95))
    }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
