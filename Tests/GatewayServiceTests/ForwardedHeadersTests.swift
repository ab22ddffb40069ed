import HTTPTypes
import NIOHTTP1
import Testing
@testable import GatewayService

struct ForwardedHeadersTests {
    @Test func upstreamGetsOurRequestIDAndNoHopByHopHeaders() throws {
        let fields: HTTPFields = [
            .authorization: "Bearer t", .contentType: "image/png", .connection: "keep-alive", .contentLength: "10",
            HTTPField.Name("X-Request-ID")!: "client-chosen", HTTPField.Name("X-Custom")!: "kept",
        ]
        let headers = ForwardedHeaders.toUpstream(fields, requestID: "gw-1")
        #expect(headers["X-Request-ID"] == ["gw-1"])
        #expect(headers["authorization"] == ["Bearer t"])
        #expect(headers["content-type"] == ["image/png"])
        #expect(headers["x-custom"] == ["kept"])
        #expect(headers["connection"].isEmpty)
        #expect(headers["content-length"].isEmpty)
    }

    @Test func clientGetsNoHopByHopHeaders() {
        let headers = HTTPHeaders([("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"), ("X-Request-ID", "up"), ("Keep-Alive", "5")])
        let fields = ForwardedHeaders.toClient(headers)
        #expect(fields[.contentType] == "application/json")
        #expect(fields[.transferEncoding] == nil)
        #expect(fields[HTTPField.Name("X-Request-ID")!] == nil)
        #expect(fields.count == 1)
    }
}
