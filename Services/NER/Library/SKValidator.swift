import Contracts
import Crypto
import DecreeEntities
import Foundation
import ServiceKit

/// The validation use case: decree text → entities → comparison with the proposal → decision,
/// stored with the inputs' hashes, the model version, the time and the caller before it is
/// answered (no decision leaves without its audit record).
public struct SKValidator: Sendable {
    let extractor: DecreeEntityExtractor
    let comparison: SKComparison
    let store: any DecisionStore
    let limits: TextLimits

    public init(extractor: DecreeEntityExtractor, comparison: SKComparison, store: any DecisionStore, limits: TextLimits) {
        self.extractor = extractor
        self.comparison = comparison
        self.store = store
        self.limits = limits
    }

    /// Entities of a decree text after the text checks (empty → 400, too long → 413).
    public func entities(_ text: String) throws(APIError) -> [Entity] {
        try found(text).map(Self.entity)
    }

    func found(_ text: String) throws(APIError) -> [ExtractedEntity] {
        try check(text)
        return extractor.extract(text)
    }

    static func entity(_ e: ExtractedEntity) -> Entity {
        Entity(label: e.label.rawValue, text: e.text, value: e.value, start: e.start, end: e.end, confidence: e.confidence)
    }

    func check(_ text: String) throws(APIError) {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw APIError.badRequest("the text is empty; send the decree's text", code: "empty_text")
        }
        guard text.unicodeScalars.count <= limits.maxCharacters else {
            throw APIError(.contentTooLarge, .payloadTooLarge, "the text is longer than \(limits.maxCharacters) characters; one decree is expected")
        }
    }

    public func validate(
        text: String, proposal: SKProposal, source: String, input: [UInt8], caller: Caller, requestID: String
    ) async throws -> SKValidation {
        let found = try found(text)
        var validation = comparison.compare(proposal, with: found)
        let id = UUID()
        validation.decisionID = id.uuidString.lowercased()
        validation.modelVersion = extractor.model.version
        validation.entities = found.map(Self.entity)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let record = DecisionRecord(
            id: id, decidedAt: Date(), caller: caller, source: source, inputSHA256: Self.sha256(input),
            proposalSHA256: Self.sha256(Array(try encoder.encode(proposal))), modelVersion: extractor.model.version,
            validation: validation, requestID: requestID)
        try await store.record(record)
        return validation
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
