import Contracts
import DocumentSniffing
import ServiceKit

/// What a pipeline gets: the document, its bytes and the request id to carry to peers.
public struct PipelineInput: Sendable {
    public var document: NewDocument
    public var bytes: [UInt8]
    public var requestID: String
}

/// The stages that turn one document type into its result (OCR, NER, comparison…).
/// Invariant: throws ``PipelineError/permanent(_:)`` for input that can never succeed (no
/// retry) and any other error for trouble that may pass (retried with backoff).
public protocol DocumentPipeline: Sendable {
    /// The file kinds this pipeline accepts at upload.
    var accepts: Set<SniffedKind> { get }
    func run(_ input: PipelineInput) async throws -> JSONValue
    /// Refuses at upload a `claimed` JSON the pipeline could never use (a 4xx naming it).
    func checkClaimed(_ claimed: JSONValue?) throws(APIError)
}

extension DocumentPipeline {
    /// Most pipelines take any `claimed` object (or none).
    public func checkClaimed(_ claimed: JSONValue?) throws(APIError) {}
}

/// A pipeline failure that retrying cannot fix.
public enum PipelineError: Error, Sendable {
    case permanent(String)
}

/// Maps each document `type` to its pipeline; other issues register their types here.
public struct PipelineRegistry: Sendable {
    public private(set) var pipelines: [String: any DocumentPipeline] = [:]

    public init() {}

    public mutating func register(_ type: String, _ pipeline: any DocumentPipeline) {
        pipelines[type] = pipeline
    }

    public func pipeline(for type: String) -> (any DocumentPipeline)? { pipelines[type] }
    public var types: [String] { pipelines.keys.sorted() }
}
