import Contracts
import Foundation
import Logging

/// Keeps a job's lease alive while its work runs, renewing every third of the lease.
/// Invariant: if renewal finds the lease lost, the work is cancelled — another worker owns it.
struct LeaseRenewal {
    let queue: any JobQueue
    let jobID: UUID
    let worker: String
    let lease: Duration
    let logger: Logger

    func whileRunning(_ work: @escaping @Sendable () async throws -> JSONValue) async -> Result<JSONValue, any Error> {
        await withTaskGroup(of: Result<JSONValue, any Error>?.self) { group in
            group.addTask {
                do { return .success(try await work()) } catch { return .failure(error) }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: lease / 3)
                    if Task.isCancelled { return nil }
                    if (try? await queue.renew(jobID, worker: worker, lease: lease)) == false {
                        logger.warning("lease lost; abandoning job")
                        return .failure(LeaseLost())
                    }
                }
                return nil
            }
            var outcome: Result<JSONValue, any Error> = .failure(LeaseLost())
            for await result in group {
                if let result {
                    outcome = result
                    break
                }
            }
            group.cancelAll()
            return outcome
        }
    }
}

/// The worker no longer holds the job's lease.
struct LeaseLost: Error {}
