import Contracts
import DocumentSniffing
import Foundation
import Synchronization
@testable import IngestService

/// A pipeline whose behaviour a test writes as a closure; counts how often it ran.
final class ScriptedPipeline: DocumentPipeline {
    let accepts: Set<SniffedKind>
    private let behaviour: @Sendable (PipelineInput, Int) async throws -> JSONValue
    private let runs = Mutex(0)

    init(accepts: Set<SniffedKind> = [.pdf, .png, .jpeg, .text], _ behaviour: @escaping @Sendable (PipelineInput, Int) async throws -> JSONValue) {
        self.accepts = accepts
        self.behaviour = behaviour
    }

    var runCount: Int { runs.withLock { $0 } }

    func run(_ input: PipelineInput) async throws -> JSONValue {
        let run = runs.withLock { count in
            count += 1
            return count
        }
        return try await behaviour(input, run)
    }
}

/// A transient failure (retried with backoff).
struct FlakyPeer: Error {}

enum Samples {
    static func document(type: String = "scripted", owner: String = "u1") -> NewDocument {
        NewDocument(id: UUID(), type: type, ownerID: owner, contentType: "text/plain", sha256: "00", size: 5, claimed: nil)
    }

    static func registry(_ pipeline: some DocumentPipeline, as type: String = "scripted") -> PipelineRegistry {
        var registry = PipelineRegistry()
        registry.register(type, pipeline)
        return registry
    }
}
