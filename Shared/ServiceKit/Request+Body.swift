import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension Request {
    /// Collects the body, refusing with 413 as soon as it passes `limit` bytes.
    public func collectBody(limit: Int) async throws -> ByteBuffer {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError.payloadTooLarge(limit: limit)
        }
        var collected = ByteBuffer()
        for try await var chunk in body {
            guard collected.readableBytes + chunk.readableBytes <= limit else { throw APIError.payloadTooLarge(limit: limit) }
            collected.writeBuffer(&chunk)
        }
        return collected
    }

    /// Decodes a JSON body of at most `limit` bytes; malformed JSON and missing or invalid fields
    /// become 400s that name the field.
    public func decodeJSON<Value: Decodable>(_ type: Value.Type, limit: Int = 1 << 20) async throws -> Value {
        let buffer = try await collectBody(limit: limit)
        guard buffer.readableBytes > 0 else { throw APIError.badRequest("the body is empty; a JSON object is expected", code: .malformedJSON) }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw JSONBodyError.describe(error)
        }
    }
}
