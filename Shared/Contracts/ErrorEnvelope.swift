/// The one error shape every endpoint answers with: `{"error":{"code","message","request_id"}}`.
/// Invariant: `code` is a stable machine-readable identifier; `message` is for people and never
/// contains personal data or stack traces.
public struct ErrorEnvelope: Codable, Sendable, Equatable {
    public var error: ErrorBody

    public init(code: String, message: String, requestID: String) {
        self.error = ErrorBody(code: code, message: message, requestID: requestID)
    }
}

/// The body of an ``ErrorEnvelope``.
public struct ErrorBody: Codable, Sendable, Equatable {
    public var code: String
    public var message: String
    public var requestID: String

    public init(code: String, message: String, requestID: String) {
        self.code = code
        self.message = message
        self.requestID = requestID
    }

    enum CodingKeys: String, CodingKey {
        case code, message
        case requestID = "request_id"
    }
}
