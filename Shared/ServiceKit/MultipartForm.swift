import Foundation
import MultipartKit
import NIOCore

/// A parsed `multipart/form-data` body. Invariant: part names are unique per call of
/// ``part(_:)`` (the first wins); bodies are kept as bytes, never re-encoded.
public struct MultipartForm: Sendable {
    /// One form part with its declared (untrusted) content type.
    public struct Part: Sendable {
        public var name: String
        public var filename: String?
        public var contentType: String?
        public var body: ByteBuffer
    }

    public var parts: [Part]

    public func part(_ name: String) -> Part? { parts.first { $0.name == name } }
    public func parts(_ name: String) -> [Part] { parts.filter { $0.name == name } }

    /// The text value of a field, decoded as UTF-8.
    public func text(_ name: String) -> String? {
        part(name).map { String(buffer: $0.body) }
    }

    /// Parses `body` using the boundary from the request's `Content-Type`; 400 when it is not
    /// well-formed multipart, 415 when the content type is not multipart at all.
    public static func parse(_ body: ByteBuffer, contentType: String?) throws(APIError) -> MultipartForm {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "expected multipart/form-data")
        }
        guard let boundary = Self.boundary(in: contentType) else {
            throw APIError.badRequest("multipart/form-data without a boundary")
        }
        let collector = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { chunk in collector.current.body.writeBuffer(&chunk) }
        parser.onPartComplete = { collector.finish() }
        do {
            try parser.execute(body)
        } catch {
            throw APIError.badRequest("the multipart body is malformed")
        }
        guard !collector.parts.isEmpty else { throw APIError.badRequest("the multipart body has no parts") }
        return MultipartForm(parts: collector.parts)
    }

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }
}

/// Accumulates parser callbacks into parts; lives only for one parse call.
private final class PartCollector {
    var parts: [MultipartForm.Part] = []
    var current = MultipartForm.Part(name: "", filename: nil, contentType: nil, body: ByteBuffer())

    func header(_ name: String, _ value: String) {
        switch name.lowercased() {
        case "content-disposition":
            for parameter in value.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                let unquoted = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if pair[0] == "name" { current.name = unquoted }
                if pair[0] == "filename" { current.filename = unquoted }
            }
        case "content-type":
            current.contentType = value
        default:
            break
        }
    }

    func finish() {
        parts.append(current)
        current = MultipartForm.Part(name: "", filename: nil, contentType: nil, body: ByteBuffer())
    }
}
