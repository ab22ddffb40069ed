import Contracts
import Foundation

/// A document as accepted: metadata about the bytes, never the bytes themselves.
public struct NewDocument: Sendable, Equatable {
    public var id: UUID
    public var type: String
    public var ownerID: String
    public var contentType: String
    public var sha256: String
    public var size: Int
    public var claimed: JSONValue?

    public init(id: UUID, type: String, ownerID: String, contentType: String, sha256: String, size: Int, claimed: JSONValue?) {
        self.id = id
        self.type = type
        self.ownerID = ownerID
        self.contentType = contentType
        self.sha256 = sha256
        self.size = size
        self.claimed = claimed
    }
}

/// A document with its job state, as read back for `GET /v1/documents/{id}`.
public struct DocumentRecord: Sendable, Equatable {
    public var document: NewDocument
    public var status: DocumentState
    public var result: JSONValue?
    public var error: String?
    public var attempts: [JobAttempt]

    public var contract: DocumentStatus {
        DocumentStatus(
            id: document.id.uuidString.lowercased(), type: document.type, status: status, result: result, error: error,
            contentType: document.contentType, sha256: document.sha256, size: document.size, attempts: attempts)
    }
}
