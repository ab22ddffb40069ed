import Contracts

/// Turns a `DecodingError` into a client-facing 400 naming the field, never the value.
enum JSONBodyError {
    static func describe(_ error: DecodingError) -> APIError {
        switch error {
        case .keyNotFound(let key, let context):
            let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            return .badRequest("missing field '\(path)'", code: .missingField)
        case .valueNotFound(_, let context):
            return .badRequest("field '\(path(context))' must not be null", code: .invalidField)
        case .typeMismatch(let type, let context):
            return .badRequest("field '\(path(context))' must be of type \(type)", code: .invalidField)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return .badRequest("the body is not valid JSON", code: .malformedJSON)
            }
            return .badRequest("field '\(path(context))' has a value that is not allowed", code: .invalidField)
        @unknown default:
            return .badRequest("the body could not be read", code: .malformedJSON)
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map(\.stringValue).joined(separator: ".")
    }
}
