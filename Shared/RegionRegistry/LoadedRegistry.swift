import Synchronization

/// The registry a service loads just after its port opens (readiness says when). Handed to request handlers
/// before it is loaded (they are built first); invariant: set once, read many times.
public final class LoadedRegistry: Sendable {
    private let value = Mutex<RegionRegistry?>(nil)

    public init(_ registry: RegionRegistry? = nil) {
        value.withLock { $0 = registry }
    }

    public func set(_ registry: RegionRegistry) {
        value.withLock { $0 = registry }
    }

    /// The registry, or an empty one before loading (so look-ups find nothing rather than crash).
    public var registry: RegionRegistry {
        value.withLock { $0 } ?? RegionRegistry(data: RegistryData(regions: [:], villages: [:], postcodes: [:]))
    }

    public var isLoaded: Bool { value.withLock { $0 != nil } }
}
