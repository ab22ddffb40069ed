import CLeptonica
import Foundation
import NIOPosix
import Synchronization

/// A fixed set of initialised Tesseract engines, one per core. Invariants: an engine is lent to
/// one job at a time; jobs wait (in order) when all are busy; recognition runs on NIO's
/// blocking thread pool, never on Swift's cooperative threads.
final class EnginePool: Sendable {
    private struct State {
        var idle: [TesseractEngine]
        var waiting: [CheckedContinuation<TesseractEngine, Never>] = []
    }
    private let state: Mutex<State>
    let size: Int

    init(size: Int, languages: String) throws {
        // Leptonica prints "Error in pixLinearTRCTiled…" to stderr for a blank band; every call's
        // result is checked here, so its messages only bury the service's own logs.
        setMsgSeverity(Int32(L_SEVERITY_NONE))
        let engines = try (0..<max(1, size)).map { _ in try TesseractEngine(languages: languages) }
        self.size = engines.count
        self.state = Mutex(State(idle: engines))
    }

    /// Borrows an engine, runs `work` on a blocking thread, and returns the engine.
    func run<T: Sendable>(_ work: @escaping @Sendable (TesseractEngine) throws -> T) async throws -> T {
        let engine = await borrow()
        defer { giveBack(engine) }
        return try await NIOThreadPool.singleton.runIfActive { try work(engine) }
    }

    private func borrow() async -> TesseractEngine {
        await withCheckedContinuation { continuation in
            let ready: TesseractEngine? = state.withLock { state in
                if let engine = state.idle.popLast() { return engine }
                state.waiting.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func giveBack(_ engine: TesseractEngine) {
        let waiter: CheckedContinuation<TesseractEngine, Never>? = state.withLock { state in
            if state.waiting.isEmpty {
                state.idle.append(engine)
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.resume(returning: engine)
    }
}
