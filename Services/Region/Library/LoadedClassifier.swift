import RegionRegistry
import Synchronization

/// The classifier once the registry is loaded (after the port opens, see ServiceWarmUp). Handed to
/// the routes before loading; invariant: set once, then only read.
public final class LoadedClassifier: Sendable {
    private let value = Mutex<RegionClassifier?>(nil)

    public init(_ classifier: RegionClassifier? = nil) {
        value.withLock { $0 = classifier }
    }

    public func set(_ classifier: RegionClassifier) {
        value.withLock { $0 = classifier }
    }

    public var classifier: RegionClassifier? { value.withLock { $0 } }
}
