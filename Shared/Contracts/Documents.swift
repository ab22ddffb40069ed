/// Lifecycle of an uploaded document's job. Invariant: only moves queued → running → done|failed,
/// and running → queued when a lease expires or an attempt fails with attempts left.
public enum DocumentState: String, Codable, Sendable {
    case queued, running, done, failed
}

/// 202 answer to `POST /v1/documents`.
public struct DocumentAccepted: Codable, Sendable, Equatable {
    public var id: String
    public var status: DocumentState
    public init(id: String, status: DocumentState) {
        self.id = id
        self.status = status
    }
}

/// One attempt at a document's job, kept so an operator can see retries and lease expiries.
public struct JobAttempt: Codable, Sendable, Equatable {
    public var attempt: Int
    public var outcome: String
    public var error: String?
    public init(attempt: Int, outcome: String, error: String?) {
        self.attempt = attempt
        self.outcome = outcome
        self.error = error
    }
}

/// `GET /v1/documents/{id}`. `result` is null until `status` is `done`; `error` is set when `failed`.
public struct DocumentStatus: Codable, Sendable, Equatable {
    public var id: String
    public var type: String
    public var status: DocumentState
    public var result: JSONValue?
    public var error: String?
    public var contentType: String
    public var sha256: String
    public var size: Int
    public var attempts: [JobAttempt]

    public init(
        id: String, type: String, status: DocumentState, result: JSONValue?, error: String?,
        contentType: String, sha256: String, size: Int, attempts: [JobAttempt]
    ) {
        self.id = id
        self.type = type
        self.status = status
        self.result = result
        self.error = error
        self.contentType = contentType
        self.sha256 = sha256
        self.size = size
        self.attempts = attempts
    }

    enum CodingKeys: String, CodingKey {
        case id, type, status, result, error, size, attempts, sha256
        case contentType = "content_type"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(status, forKey: .status)
        try c.encode(result ?? .null, forKey: .result)
        try c.encodeIfPresent(error, forKey: .error)
        try c.encode(contentType, forKey: .contentType)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(size, forKey: .size)
        try c.encode(attempts, forKey: .attempts)
    }
}

/// What the `raw` pipeline reports: the sniffed kind plus pages (PDF) or dimensions (image).
public struct RawDocumentSummary: Codable, Sendable, Equatable {
    public var kind: String
    public var bytes: Int
    public var pages: Int?
    public var width: Int?
    public var height: Int?
    public init(kind: String, bytes: Int, pages: Int? = nil, width: Int? = nil, height: Int? = nil) {
        self.kind = kind
        self.bytes = bytes
        self.pages = pages
        self.width = width
        self.height = height
    }
}
