import Foundation
import Synchronization

/// The nearest enrolled template to a probe.
public struct FaceMatch: Sendable, Equatable {
    public var userID: UUID
    public var distance: Double
}

/// Every template in memory for 1:N search, loaded from the ``FaceTemplateStore`` and kept in
/// step with other replicas by pulling what was added after the last sequence it holds.
/// Invariants: each template appears once; a search reads one immutable snapshot, so it never
/// blocks a refresh and never sees half an update.
public final class FaceIndex: Sendable {
    struct Snapshot: Sendable {
        var vectors: [Float] = []
        var owners: [UUID] = []
        var sequence: Int64 = 0
        var count: Int { owners.count }
    }
    private let snapshot = Mutex(Snapshot())
    private let store: any FaceTemplateStore

    public init(store: any FaceTemplateStore) {
        self.store = store
    }

    public var count: Int { snapshot.withLock { $0.count } }

    /// Pulls templates added since the last refresh (by any replica); one cheap query when none were.
    public func refresh() async throws {
        var known = snapshot.withLock { $0.sequence }
        guard try await store.latestSequence() > known else { return }
        while true {
            let batch = try await store.templates(after: known, limit: 10_000)
            guard !batch.isEmpty else { return }
            insert(batch)
            known = batch.last?.sequence ?? known
        }
    }

    /// Adds templates this replica just stored (skips any already held).
    public func insert(_ templates: [FaceTemplate]) {
        snapshot.withLock { state in
            for template in templates.sorted(by: { $0.sequence < $1.sequence }) where template.sequence > state.sequence {
                state.vectors += template.descriptor.values
                state.owners.append(template.userID)
                state.sequence = template.sequence
            }
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
