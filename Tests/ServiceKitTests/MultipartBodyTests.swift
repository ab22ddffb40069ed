import NIOCore
import Testing
@testable import ServiceKit

/// `MultipartBody` writes what `MultipartForm` reads back part for part, byte for byte.
struct MultipartBodyTests {
    @Test func writtenPartsParseBackExactly() throws {
        let binary: [UInt8] = [0x0D, 0x0A, 0x2D, 0x2D, 0x00, 0xFF, 0x0D, 0x0A, 0x2D]
        var body = MultipartBody(boundary: "round-trip-7")
        body.field("type", "khs")
        body.part("file", filename: "scan.pdf", contentType: "application/pdf", binary)
        body.part("requirements", contentType: "application/json", Array(#"{"courses":[]}"#.utf8))
        #expect(body.contentType == "multipart/form-data; boundary=round-trip-7")
        let form = try MultipartForm.parse(body.closed(), contentType: body.contentType)
        #expect(form.parts.map(\.name) == ["type", "file", "requirements"])
        #expect(form.text("type") == "khs")
        let file = try #require(form.part("file"))
        #expect(file.filename == "scan.pdf")
        #expect(file.contentType == "application/pdf")
        #expect(Array(buffer: file.body) == binary)
        #expect(form.part("type")?.filename == nil)
        #expect(form.part("requirements")?.contentType == "application/json")
    }

    @Test func closingLeavesTheBodyOpenForMoreParts() throws {
        var body = MultipartBody()
        body.field("a", "1")
        let first = try MultipartForm.parse(body.closed(), contentType: body.contentType)
        body.field("b", "2")
        let second = try MultipartForm.parse(body.closed(), contentType: body.contentType)
        #expect(first.parts.map(\.name) == ["a"])
        #expect(second.parts.map(\.name) == ["a", "b"])
        #expect(MultipartBody().boundary != MultipartBody().boundary)
    }
}
