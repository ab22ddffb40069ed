import Foundation
import ServiceKit
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Consecutive loopback ports held for one test cluster's life under an exclusive `flock`, so two clusters (in this
/// process or another test run's) never get the same port. The ports lie below the kernel's ephemeral range
/// (32768–60999 on Linux), so no outgoing connection can take one before its service binds it.
/// Invariant: the lock file stays locked from `reserve` until `release()` (or the process's end).
final class PortBlock: Sendable {
    static let width = 8
    static let range = 20_000..<32_000

    let ports: [Int]
    private let lock: Mutex<Int32?>

    private init(ports: [Int], lock: Int32) {
        self.ports = ports
        self.lock = Mutex(lock)
    }

    static var blocks: Int { range.count / width }

    /// Takes the first block from `first` on (random unless given) whose lock is free and whose ports can all be
    /// bound now.
    static func reserve(_ count: Int, from first: Int = Int.random(in: 0..<blocks)) throws -> PortBlock {
        precondition(count <= width, "a cluster needs at most \(width) ports")
        let directory = NSTemporaryDirectory() + "periksa-port-blocks"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for step in 0..<blocks {
            let base = range.lowerBound + (first + step) % blocks * width
            let fd = open(directory + "/\(base).lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard fd >= 0 else { continue }
            let ports = Array(base..<base + count)
            if flock(fd, LOCK_EX | LOCK_NB) == 0, ports.allSatisfy(LoopbackPort.isFree) {
                return PortBlock(ports: ports, lock: fd)
            }
            close(fd)
        }
        throw ClusterError("no block of \(count) free loopback ports in \(range) (locks in \(directory))")
    }

    /// Unlocks the block; later calls do nothing.
    func release() {
        guard let fd = lock.withLock({ held in defer { held = nil }; return held }) else { return }
        close(fd)
    }

    deinit { release() }
}
