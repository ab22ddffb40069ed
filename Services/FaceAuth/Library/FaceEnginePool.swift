import Foundation
import NIOPosix
import Synchronization

/// A fixed set of loaded ``FaceEngine``s, one per core. Invariants: an engine is lent to one job
/// at a time; jobs wait in order when all are busy; the work runs on NIO's blocking thread
/// pool, never on Swift's cooperative threads.
final class FaceEnginePool: Sendable {
    private struct State {
        var idle: [FaceEngine]
        var waiting: [CheckedContinuation<FaceEngine, Never>] = []
    }
    private let state: Mutex<State>
    let size: Int

    init(files: FaceModelFiles, size: Int) throws {
        let engines = try (0..<max(1, size)).map { _ in try FaceEngine(files: files) }
        self.size = engines.count
        self.state = Mutex(State(idle: engines))
    }

    /// Borrows an engine, runs `work` on a blocking thread, and returns the engine.
    func run<T: Sendable>(_ work: @escaping @Sendable (FaceEngine) throws -> T) async throws -> T {
        let engine = await borrow()
        defer { giveBack(engine) }
        return try await NIOThreadPool.singleton.runIfActive { try work(engine) }
    }

    private func borrow() async -> FaceEngine {
        await withCheckedContinuation { continuation in
            let ready: FaceEngine? = state.withLock { state in
                if let engine = state.idle.popLast() { return engine }
                state.waiting.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func giveBack(_ engine: FaceEngine) {
        let waiter: CheckedContinuation<FaceEngine, Never>? = state.withLock { state in
            if state.waiting.isEmpty {
                state.idle.append(engine)
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.resume(returning: engine)
    }
}
