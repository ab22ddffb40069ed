import Contracts
import Foundation

/// One stored validation decision: who asked, when, on which input (hashes only, never the
/// decree text), with which model, and what was decided and why. Read back by inspectors.
public struct DecisionRecord: Sendable, Equatable {
    public var id: UUID
    public var decidedAt: Date
    public var caller: Caller
    public var source: String
    public var inputSHA256: String
    public var proposalSHA256: String
    public var modelVersion: String
    public var validation: SKValidation
    public var requestID: String

    public init(
        id: UUID, decidedAt: Date, caller: Caller, source: String, inputSHA256: String, proposalSHA256: String,
        modelVersion: String, validation: SKValidation, requestID: String
    ) {
        self.id = id
        self.decidedAt = decidedAt
        self.caller = caller
        self.source = source
        self.inputSHA256 = inputSHA256
        self.proposalSHA256 = proposalSHA256
        self.modelVersion = modelVersion
        self.validation = validation
        self.requestID = requestID
    }
}

/// Who a decision was made for: a verified user, or a peer service acting for one.
public struct Caller: Sendable, Equatable {
    public var userID: String
    public var username: String?
    public var role: String?

    public init(userID: String, username: String?, role: String?) {
        self.userID = userID
        self.username = username
        self.role = role
    }
}

/// Where decisions are kept (the `ner` schema in production, memory in tests).
public protocol DecisionStore: Sendable {
    func record(_ decision: DecisionRecord) async throws
    func decision(id: UUID) async throws -> DecisionRecord?
}
