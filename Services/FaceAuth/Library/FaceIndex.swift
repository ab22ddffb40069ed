import Foundation
import Synchronization

/// The nearest enrolled template to a probe.
public struct FaceMatch: Sendable, Equatable {
    public var userID: UUID
    public var distance: Double
}

/// Every template in memory for 1:N search, loaded from the ``FaceTemplateStore`` and kept in
/// step with other replicas by pulling what was added or erased after the last sequences it holds.
/// Invariants: each template appears once; an erased template is never matched after the next
/// refresh; a search reads one immutable snapshot, so it never blocks a refresh and never sees
/// half an update.
public final class FaceIndex: Sendable {
    struct Snapshot: Sendable {
        var vectors: [Float] = []
        var owners: [UUID] = []
        var sequences: [Int64] = []
        var sequence: Int64 = 0
        var erasureSequence: Int64 = 0
        var count: Int { owners.count }
    }
    private let snapshot = Mutex(Snapshot())
    private let store: any FaceTemplateStore

    public init(store: any FaceTemplateStore) {
        self.store = store
    }

    public var count: Int { snapshot.withLock { $0.count } }

    /// Pulls templates added and erasures made since the last refresh (by any replica); one cheap
    /// query when there were none.
    public func refresh() async throws {
        var (known, erased) = snapshot.withLock { ($0.sequence, $0.erasureSequence) }
        let latest = try await store.latestSequences()
        while latest.templates > known {
            let batch = try await store.templates(after: known, limit: 10_000)
            guard !batch.isEmpty else { break }
            insert(batch)
            known = batch.last?.sequence ?? known
        }
        if latest.erasures > erased { remove(try await store.erasures(after: erased)) }
    }

    /// Adds templates this replica just stored (skips any already held).
    public func insert(_ templates: [FaceTemplate]) {
        snapshot.withLock { state in
            for template in templates.sorted(by: { $0.sequence < $1.sequence }) where template.sequence > state.sequence {
                state.vectors += template.descriptor.values
                state.owners.append(template.userID)
                state.sequences.append(template.sequence)
                state.sequence = template.sequence
            }
        }
    }

    /// Drops the templates the erasures cover (skips erasures already applied).
    public func remove(_ erasures: [FaceErasure]) {
        snapshot.withLock { state in
            let fresh = erasures.filter { $0.sequence > state.erasureSequence }
            guard let last = fresh.map(\.sequence).max() else { return }
            state.erasureSequence = last
            let dimensions = FaceDescriptor.dimensions
            var kept = Snapshot(sequence: state.sequence, erasureSequence: last)
            for row in 0..<state.count {
                let owner = state.owners[row], sequence = state.sequences[row]
                if fresh.contains(where: { $0.userID == owner && sequence <= $0.upTo }) { continue }
                kept.vectors += state.vectors[(row * dimensions)..<((row + 1) * dimensions)]
                kept.owners.append(owner)
                kept.sequences.append(sequence)
            }
            state = kept
        }
    }

    /// The closest template, optionally ignoring one user's; nil when the index is empty.
    public func nearest(to probe: FaceDescriptor, excluding excluded: UUID? = nil) -> FaceMatch? {
        let view = snapshot.withLock { $0 }
        let dimensions = FaceDescriptor.dimensions
        var best: (index: Int, squared: Float) = (-1, .infinity)
        view.vectors.withUnsafeBufferPointer { all in
            probe.values.withUnsafeBufferPointer { query in
                guard let rows = all.baseAddress, let query = query.baseAddress else { return }
                for index in 0..<view.count {
                    let squared = FaceDescriptor.squaredDistance(query, rows + index * dimensions)
                    if squared < best.squared, excluded == nil || view.owners[index] != excluded { best = (index, squared) }
                }
            }
        }
        guard best.index >= 0 else { return nil }
        return FaceMatch(userID: view.owners[best.index], distance: Double(best.squared).squareRoot())
    }
}
