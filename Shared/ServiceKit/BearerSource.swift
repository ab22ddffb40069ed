/// Where a service's own bearer token comes from when it calls a peer for a request it already
/// authorised (ingest's workers, region and ner calling ocr). Invariant: ``bearer()`` returns a
/// token that is not about to expire; ``discard(_:)`` forgets one a peer refused so the next call
/// fetches a fresh one.
public protocol BearerSource: Sendable {
    func bearer() async throws -> String
    func discard(_ token: String) async
}
