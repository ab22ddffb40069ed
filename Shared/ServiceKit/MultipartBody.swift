import Foundation
import NIOCore

/// A `multipart/form-data` body being written, the counterpart of ``MultipartForm``: what a
/// service sends to a peer and what tests send to a route. Invariant: every part is framed by the
/// one boundary fixed at creation; ``closed()`` adds the final delimiter and leaves `self` open.
public struct MultipartBody: Sendable {
    public let boundary: String
    private var buffer = ByteBuffer()

    public init(boundary: String = "periksa-\(UUID().uuidString)") {
        self.boundary = boundary
    }

    /// The `Content-Type` header value that names this body's boundary.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// Adds one part; `filename` and `contentType` are written only when given.
    public mutating func part(_ name: String, filename: String? = nil, contentType: String? = nil, _ bytes: some Sequence<UInt8>) {
        buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"")
        if let filename { buffer.writeString("; filename=\"\(filename)\"") }
        buffer.writeString("\r\n")
        if let contentType { buffer.writeString("Content-Type: \(contentType)\r\n") }
        buffer.writeString("\r\n")
        buffer.writeBytes(bytes)
        buffer.writeString("\r\n")
    }

    /// Adds a text field.
    public mutating func field(_ name: String, _ value: String) {
        part(name, Array(value.utf8))
    }

    /// The parts written so far followed by the closing delimiter.
    public func closed() -> ByteBuffer {
        var done = buffer
        done.writeString("--\(boundary)--\r\n")
        return done
    }
}
