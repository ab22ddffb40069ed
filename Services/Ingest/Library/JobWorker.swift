import Contracts
import Foundation
import Logging
import ServiceKit
import ServiceLifecycle

/// One worker: claims a job, keeps its lease alive while the pipeline runs, stores the result
/// or the failure. Invariants: stops claiming at graceful shutdown and finishes its current
/// job; an error in one job never stops the loop; nothing personal is logged.
public struct JobWorker: Service {
    let name: String
    let queue: any JobQueue
    let blobs: any BlobStore
    let registry: PipelineRegistry
    let lease: Duration
    let backoff: BackoffPolicy
    let pollInterval: Duration
    let logger: Logger

    public init(
        name: String, queue: any JobQueue, blobs: any BlobStore, registry: PipelineRegistry, lease: Duration,
        backoff: BackoffPolicy, pollInterval: Duration = .milliseconds(200), logger: Logger
    ) {
        self.name = name
        self.queue = queue
        self.blobs = blobs
        self.registry = registry
        self.lease = lease
        self.backoff = backoff
        self.pollInterval = pollInterval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let job: ClaimedJob?
            do {
                job = try await queue.claim(worker: name, lease: lease, maxAttempts: backoff.maxAttempts)
            } catch {
                logger.warning("claim failed", metadata: ["worker": "\(name)", "error_type": "\(type(of: error))"])
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            guard let job else {
                try? await Task.sleep(for: pollInterval)
                continue
            }
            await process(job)
        }
    }

    /// Runs one claimed job to its end: done, retry later, or failed.
    func process(_ job: ClaimedJob) async {
        let id = job.document.id
        var log = logger
        log[metadataKey: "document_id"] = "\(id)"
        log[metadataKey: "attempt"] = "\(job.attempt)"
        log[metadataKey: "worker"] = "\(name)"
        log.info("job started", metadata: ["type": "\(job.document.type)"])
        let outcome = await LeaseRenewal(queue: queue, jobID: id, worker: name, lease: lease, logger: log).whileRunning {
            try await runPipeline(job)
        }
        do {
            switch outcome {
            case .success(let result):
                let stored = try await queue.complete(id, worker: name, result: result)
                log.info(stored ? "job done" : "job result dropped: lease lost")
            case .failure(PipelineError.permanent(let reason)):
                _ = try await queue.fail(id, worker: name, reason: reason, retryAfter: nil)
                log.info("job failed permanently", metadata: ["reason": "\(reason)"])
            case .failure(let error):
                let retry = backoff.delay(after: job.attempt)
                _ = try await queue.fail(id, worker: name, reason: Self.describe(error), retryAfter: retry)
                log.warning(retry == nil ? "job failed after last attempt" : "job will be retried", metadata: ["error_type": "\(type(of: error))"])
            }
        } catch {
            log.error("could not record job outcome; its lease will expire and it will run again", metadata: ["error_type": "\(type(of: error))"])
        }
    }

    private func runPipeline(_ job: ClaimedJob) async throws -> JSONValue {
        guard let pipeline = registry.pipeline(for: job.document.type) else {
            throw PipelineError.permanent("no pipeline for type '\(job.document.type)'")
        }
        guard let bytes = try await blobs.get(job.document.id) else { throw PipelineError.permanent("the stored file is missing") }
        return try await pipeline.run(PipelineInput(document: job.document, bytes: bytes, requestID: "job-\(job.document.id)"))
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? APIError { return error.message }
        return "temporary failure (\(type(of: error)))"
    }
}
