import NIOCore
import Testing
@testable import ServiceKit

/// `multipart/form-data` parsing: parts kept byte for byte, malformed bodies refused with 4xx.
struct MultipartFormTests {
    static let boundary = "XyZ-boundary-42"
    static let contentType = "multipart/form-data; boundary=\(boundary)"

    /// A body with the given parts: (name, filename, content type, bytes).
    static func body(_ parts: [(String, String?, String?, [UInt8])], boundary: String = boundary, close: Bool = true) -> ByteBuffer {
        var buffer = ByteBuffer()
        for (name, filename, type, bytes) in parts {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"")
            if let filename { buffer.writeString("; filename=\"\(filename)\"") }
            buffer.writeString("\r\n")
            if let type { buffer.writeString("Content-Type: \(type)\r\n") }
            buffer.writeString("\r\n")
            buffer.writeBytes(bytes)
            buffer.writeString("\r\n")
        }
        if close { buffer.writeString("--\(boundary)--\r\n") }
        return buffer
    }

    static func status(of body: ByteBuffer, contentType: String? = contentType) -> Int? {
        do {
            _ = try MultipartForm.parse(body, contentType: contentType)
            return nil
        } catch {
            return error.status.code
        }
    }

    @Test func partsKeepNamesTypesAndExactBytes() throws {
        let binary: [UInt8] = [0x89, 0x50, 0x0D, 0x0A, 0x2D, 0x2D, 0x00, 0xFF, 0x0D, 0x0A]
        let body = Self.body([
            ("type", nil, nil, Array("raw".utf8)),
            ("file", "scan.png", "image/png", binary),
            ("claimed", nil, "application/json", Array(#"{"nik":"1"}"#.utf8)),
        ])
        let form = try MultipartForm.parse(body, contentType: Self.contentType)
        #expect(form.parts.map(\.name) == ["type", "file", "claimed"])
        #expect(form.text("type") == "raw")
        let file = try #require(form.part("file"))
        #expect(file.filename == "scan.png")
        #expect(file.contentType == "image/png")
        #expect(Array(buffer: file.body) == binary)
        #expect(form.text("claimed") == #"{"nik":"1"}"#)
        #expect(form.part("missing") == nil)
    }

    @Test func repeatedNamesFirstWinsButAllAreKept() throws {
        let body = Self.body([("image", "a.jpg", nil, [1]), ("image", "b.jpg", nil, [2, 2]), ("user_id", nil, nil, Array("u1".utf8))])
        let form = try MultipartForm.parse(body, contentType: Self.contentType)
        #expect(form.part("image")?.filename == "a.jpg")
        #expect(form.parts("image").map(\.body.readableBytes) == [1, 2])
    }

    @Test func quotedAndMixedCaseBoundary() throws {
        let body = Self.body([("type", nil, nil, Array("raw".utf8))], boundary: "AbC")
        let form = try MultipartForm.parse(body, contentType: #"Multipart/Form-Data; charset=utf-8; BOUNDARY="AbC""#)
        #expect(form.text("type") == "raw")
    }

    @Test func notMultipartIs415() {
        let body = Self.body([("type", nil, nil, [0x41])])
        #expect(Self.status(of: body, contentType: nil) == 415)
        #expect(Self.status(of: body, contentType: "application/json") == 415)
        #expect(Self.status(of: body, contentType: "image/jpeg") == 415)
    }

    @Test func missingBoundaryIs400() {
        let body = Self.body([("type", nil, nil, [0x41])])
        #expect(Self.status(of: body, contentType: "multipart/form-data") == 400)
        #expect(Self.status(of: body, contentType: "multipart/form-data; boundary=") == 400)
        #expect(Self.status(of: body, contentType: #"multipart/form-data; boundary="""#) == 400)
    }

    @Test(arguments: [
        "",
        "just some text without any boundary",
        "--XyZ-boundary-42--\r\n",
        "--XyZ-boundary-42\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nraw",
        "--other\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nraw\r\n--other--\r\n",
    ])
    func malformedBodiesAre400(text: String) {
        #expect(Self.status(of: ByteBuffer(string: text)) == 400, "\(text.debugDescription)")
    }

    @Test func wrongBoundaryInTheHeaderIs400() {
        let body = Self.body([("type", nil, nil, Array("raw".utf8))], boundary: "one")
        #expect(Self.status(of: body, contentType: "multipart/form-data; boundary=two") == 400)
    }

    @Test func truncatedFilePartIsNotReturnedAsWhole() throws {
        var body = Self.body([("type", nil, nil, Array("raw".utf8)), ("file", "x.pdf", "application/pdf", [UInt8](repeating: 0x25, count: 500))])
        body.moveWriterIndex(to: body.writerIndex - 200)
        do {
            let form = try MultipartForm.parse(body, contentType: Self.contentType)
            #expect(form.part("file") == nil, "a part cut short must not be handed over as complete")
        } catch {
            #expect(error.status.code == 400)
        }
    }
}
