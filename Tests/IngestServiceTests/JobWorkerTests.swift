import Contracts
import Foundation
import Logging
import ServiceLifecycle
import Testing
@testable import IngestService

/// The worker loop over an in-memory queue: results, retries with backoff, permanent failures,
/// lease renewal, lease loss, a crashed worker's job finished by another, graceful shutdown.
@Suite(.timeLimit(.minutes(1)))
struct JobWorkerTests {
    let queue = InMemoryJobQueue()
    let blobs = InMemoryBlobStore()

    func makeWorker(
        _ name: String, _ pipeline: ScriptedPipeline, lease: Duration = .seconds(5),
        backoff: BackoffPolicy = BackoffPolicy(base: .zero, maxAttempts: 3)
    ) -> JobWorker {
        JobWorker(
            name: name, queue: queue, blobs: blobs, registry: Samples.registry(pipeline), lease: lease, backoff: backoff,
            pollInterval: .milliseconds(20), logger: Logger(label: "worker-test"))
    }

    func enqueue(_ text: String = "hello") async throws -> NewDocument {
        let document = Samples.document()
        try await blobs.put(document.id, bytes: Array(text.utf8))
        await queue.add(document)
        return document
    }

    /// Polls until the job reaches a final state or `limit` passes.
    func settled(_ id: UUID, within limit: Duration = .seconds(10)) async throws -> InMemoryJobQueue.Job? {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let job = await queue.job(id), job.status == .done || job.status == .failed { return job }
            try await Task.sleep(for: .milliseconds(20))
        }
        return await queue.job(id)
    }

    @Test func successStoresTheResultOnce() async throws {
        let pipeline = ScriptedPipeline { input, _ in .string(String(decoding: input.bytes, as: UTF8.self).uppercased()) }
        let document = try await enqueue()
        let job = try #require(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3))
        await makeWorker("w", pipeline).process(job)
        let stored = try #require(await queue.job(document.id))
        #expect(stored.status == .done)
        #expect(stored.result == .string("HELLO"))
        #expect(stored.completions == 1)
    }

    @Test func permanentFailureIsNotRetried() async throws {
        let pipeline = ScriptedPipeline { _, _ in throw PipelineError.permanent("the PDF has no pages") }
        let document = try await enqueue()
        let job = try #require(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3))
        await makeWorker("w", pipeline).process(job)
        let stored = try #require(await queue.job(document.id))
        #expect(stored.status == .failed)
        #expect(stored.error == "the PDF has no pages")
        #expect(stored.attempts == 1)
        #expect(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3) == nil)
    }

    @Test func transientFailuresAreRetriedThenFailedWithTheReason() async throws {
        let pipeline = ScriptedPipeline { _, _ in throw FlakyPeer() }
        let document = try await enqueue()
        let worker = makeWorker("w", pipeline, backoff: BackoffPolicy(base: .zero, maxAttempts: 3))
        while let job = try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3) { await worker.process(job) }
        let stored = try #require(await queue.job(document.id))
        #expect(pipeline.runCount == 3)
        #expect(stored.status == .failed)
        #expect(stored.attempts == 3)
        #expect(stored.error?.contains("FlakyPeer") == true)
    }

    @Test func retryWaitsForTheBackoff() async throws {
        let pipeline = ScriptedPipeline { _, run in
            if run == 1 { throw FlakyPeer() }
            return .bool(true)
        }
        let document = try await enqueue()
        let worker = makeWorker("w", pipeline, backoff: BackoffPolicy(base: .milliseconds(400), maxAttempts: 3))
        let first = try #require(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3))
        await worker.process(first)
        #expect(await queue.job(document.id)?.status == .queued)
        #expect(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3) == nil, "not before the backoff")
        try await Task.sleep(for: .milliseconds(500))
        let second = try #require(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3))
        #expect(second.attempt == 2)
        await worker.process(second)
        #expect(await queue.job(document.id)?.status == .done)
    }

    @Test func missingBlobFailsPermanently() async throws {
        let pipeline = ScriptedPipeline { _, _ in .null }
        let document = Samples.document()
        await queue.add(document)
        let job = try #require(try await queue.claim(worker: "w", lease: .seconds(5), maxAttempts: 3))
        await makeWorker("w", pipeline).process(job)
        #expect(await queue.job(document.id)?.status == .failed)
        #expect(pipeline.runCount == 0)
    }

    @Test func crashedWorkersJobIsFinishedByAnotherExactlyOnce() async throws {
        let pipeline = ScriptedPipeline { _, _ in .string("done by survivor") }
        let document = try await enqueue()
        // "crashed" claims the job and is never heard of again (kill -9).
        let lost = try #require(try await queue.claim(worker: "crashed", lease: .milliseconds(300), maxAttempts: 3))
        let survivor = Task { try await makeWorker("survivor", pipeline, lease: .seconds(2)).run() }
        defer { survivor.cancel() }
        let job = try #require(try await settled(document.id))
        #expect(job.status == .done)
        #expect(job.attempts == 2)
        #expect(job.result == .string("done by survivor"))
        #expect(try await queue.complete(lost.document.id, worker: "crashed", result: .string("late")) == false)
        #expect(await queue.job(document.id)?.completions == 1)
        #expect(await queue.job(document.id)?.result == .string("done by survivor"))
        #expect(pipeline.runCount == 1)
    }

    @Test func renewalKeepsALongJobFromBeingTakenOver() async throws {
        let pipeline = ScriptedPipeline { _, _ in
            try await Task.sleep(for: .milliseconds(3500))
            return .bool(true)
        }
        let document = try await enqueue()
        // The work outlasts three leases; renewal every third of a lease leaves 2/3 s of slack for
        // a loaded machine before the lease could lapse.
        let lease = Duration.seconds(1)
        let first = Task { try await makeWorker("first", pipeline, lease: lease).run() }
        try await Task.sleep(for: .milliseconds(100))
        let second = Task { try await makeWorker("second", pipeline, lease: lease).run() }
        defer {
            first.cancel()
            second.cancel()
        }
        let job = try #require(try await settled(document.id))
        #expect(job.status == .done)
        #expect(job.attempts == 1, "the lease was renewed, so nobody claimed it again")
        #expect(pipeline.runCount == 1)
    }

    @Test func lostLeaseAbandonsTheWorkAndRecordsNothing() async throws {
        let pipeline = ScriptedPipeline { _, _ in
            try await Task.sleep(for: .seconds(20))
            return .string("too late")
        }
        let document = try await enqueue()
        let job = try #require(try await queue.claim(worker: "w", lease: .milliseconds(300), maxAttempts: 3))
        let started = ContinuousClock.now
        async let processed: Void = makeWorker("w", pipeline, lease: .milliseconds(300)).process(job)
        try await Task.sleep(for: .milliseconds(50))
        await queue.steal(document.id, by: "thief")
        await processed
        #expect(ContinuousClock.now - started < .seconds(5), "the work was cancelled, not waited for")
        let stored = try #require(await queue.job(document.id))
        #expect(stored.status == .running)
        #expect(stored.owner == "thief")
        #expect(stored.result == nil && stored.error == nil)
    }

    @Test func gracefulShutdownFinishesTheCurrentJobAndClaimsNoMore() async throws {
        let (entered, signal) = AsyncStream<Void>.makeStream()
        let pipeline = ScriptedPipeline { _, _ in
            signal.yield()
            try await Task.sleep(for: .milliseconds(400))
            return .bool(true)
        }
        let running = try await enqueue("first")
        let waiting = try await enqueue("second")
        let group = ServiceGroup(configuration: .init(services: [makeWorker("w", pipeline)], logger: Logger(label: "group")))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = entered.makeAsyncIterator()
            _ = await iterator.next()
            await group.triggerGracefulShutdown()
            try await tasks.next()
        }
        #expect(await queue.job(running.id)?.status == .done)
        #expect(await queue.job(waiting.id)?.status == .queued)
        #expect(pipeline.runCount == 1)
    }
}
