import HTTPTypes
import HummingbirdTesting
import Testing
@testable import ServiceKit

/// One request id follows a request: the caller's when well-formed, else a fresh one.
struct RequestIDTests {
    @Test func wellFormedIncomingIDIsKeptAndEchoed() async throws {
        try await RouterHarness.test { client in
            let response = try await client.execute(uri: "/ok", method: .get, headers: [RequestIDMiddleware.header: "gw-123.abc_X"])
            #expect(response.headers[RequestIDMiddleware.header] == "gw-123.abc_X")
            #expect(try RouterHarness.json(response)["request_id"] == .string("gw-123.abc_X"))
        }
    }

    @Test(arguments: ["", "has space", "new\nline", "quote\"", String(repeating: "a", count: 129), "ünïcode"])
    func unsafeIncomingIDIsReplaced(id: String) async throws {
        try await RouterHarness.test { client in
            var headers = HTTPFields()
            if let field = HTTPField.Name("X-Request-ID"), !id.contains("\n") { headers[field] = id }
            let response = try await client.execute(uri: "/ok", method: .get, headers: headers)
            let echoed = try #require(response.headers[RequestIDMiddleware.header])
            #expect(echoed != id)
            #expect(echoed.count == 36, "a fresh UUID")
        }
        #expect(RequestIDMiddleware.accept(id) == nil)
    }

    @Test func eachRequestGetsItsOwnID() async throws {
        try await RouterHarness.test { client in
            let first = try await client.execute(uri: "/ok", method: .get).headers[RequestIDMiddleware.header]
            let second = try await client.execute(uri: "/ok", method: .get).headers[RequestIDMiddleware.header]
            #expect(first != nil && first != second)
        }
    }

    @Test func errorsCarryTheCallersID() async throws {
        try await RouterHarness.test { client in
            let response = try await client.execute(uri: "/leak", method: .get, headers: [RequestIDMiddleware.header: "trace-9"])
            #expect(response.headers[RequestIDMiddleware.header] == "trace-9")
            #expect(try RouterHarness.envelope(response).error.requestID == "trace-9")
        }
    }

    @Test func boundaryLengthsAreAccepted() {
        #expect(RequestIDMiddleware.accept("a") == "a")
        #expect(RequestIDMiddleware.accept(String(repeating: "7", count: 128)) != nil)
    }
}
