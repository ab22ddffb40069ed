import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import ServiceKit

/// Every error leaves as the envelope with a fitting status; internals never leak.
struct ErrorEnvelopeTests {
    @Test func apiErrorKeepsItsStatusAndCode() async throws {
        try await RouterHarness.test { client in
            let response = try await client.execute(uri: "/conflict", method: .get)
            #expect(response.status == .conflict)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let envelope = try RouterHarness.envelope(response)
            #expect(envelope.error.code == "conflict")
            #expect(envelope.error.message == "already there")
            #expect(envelope.error.requestID == response.headers[RequestIDMiddleware.header])
        }
    }

    @Test func unknownErrorIs500WithoutDetail() async throws {
        try await RouterHarness.test { client in
            let response = try await client.execute(uri: "/leak", method: .get)
            #expect(response.status == .internalServerError)
            let text = String(buffer: response.body)
            #expect(!text.contains("hunter2") && !text.contains("secret.swift") && !text.contains("LeakyError"))
            let envelope = try RouterHarness.envelope(response)
            #expect(envelope.error.code == "internal_error")
            #expect(!envelope.error.requestID.isEmpty)
        }
    }

    @Test func unknownRouteAndMethodAreEnveloped() async throws {
        try await RouterHarness.test { client in
            let missing = try await client.execute(uri: "/nowhere", method: .get)
            #expect(missing.status == .notFound)
            #expect(try RouterHarness.envelope(missing).error.code == "not_found")
            let framework = try await client.execute(uri: "/framework", method: .get)
            #expect(framework.status == .badRequest)
            #expect(try RouterHarness.envelope(framework).error.code == "bad_request")
        }
    }

    @Test(arguments: [
        ("{\"name\": \"x\", ", "malformed_json"),
        ("", "malformed_json"),
        ("[1,2]", "invalid_field"),
        ("{\"name\": \"x\"}", "missing_field"),
        ("{\"name\": \"x\", \"times\": \"3\"}", "invalid_field"),
        ("{\"name\": null, \"times\": 3}", "invalid_field"),
    ])
    func badJSONIs400NamingTheProblem(body: String, code: String) async throws {
        try await RouterHarness.test { client in
            let response = try await client.execute(uri: "/greet", method: .post, body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            let envelope = try RouterHarness.envelope(response)
            #expect(envelope.error.code == code)
            #expect(!envelope.error.message.contains("Swift.DecodingError"))
        }
    }

    @Test func missingFieldIsNamed() async throws {
        try await RouterHarness.test { client in
            let response = try await client.execute(uri: "/greet", method: .post, body: ByteBuffer(string: #"{"name":"x"}"#))
            #expect(try RouterHarness.envelope(response).error.message.contains("'times'"))
            let good = try await client.execute(uri: "/greet", method: .post, body: ByteBuffer(string: #"{"name":"Ayu","times":2}"#))
            #expect(good.status == .ok)
            #expect(try RouterHarness.json(good)["hello"] == .string("Ayu"))
        }
    }

    @Test func oversizedBodyIs413() async throws {
        try await RouterHarness.test { client in
            let big = try await client.execute(uri: "/upload", method: .post, body: ByteBuffer(repeating: 0x41, count: 33))
            #expect(big.status == .contentTooLarge)
            #expect(try RouterHarness.envelope(big).error.code == "payload_too_large")
            let fits = try await client.execute(uri: "/upload", method: .post, body: ByteBuffer(repeating: 0x41, count: 32))
            #expect(fits.status == .ok)
            let json = try await client.execute(uri: "/greet", method: .post, body: ByteBuffer(repeating: 0x20, count: 300))
            #expect(json.status == .contentTooLarge)
        }
    }

    @Test func classifyMapsFrameworkStatuses() {
        #expect(ErrorEnvelopeMiddleware.classify(HTTPError(.methodNotAllowed)).code == .methodNotAllowed)
        #expect(ErrorEnvelopeMiddleware.classify(HTTPError(.contentTooLarge)).code == .payloadTooLarge)
        #expect(ErrorEnvelopeMiddleware.classify(HTTPError(.unauthorized)).status == .unauthorized)
        #expect(ErrorEnvelopeMiddleware.classify(HTTPError(.serviceUnavailable)).code == .internalError)
        #expect(ErrorEnvelopeMiddleware.classify(LeakyError()).status == .internalServerError)
        #expect(ErrorEnvelopeMiddleware.classify(APIError.notReady("db")).status == .serviceUnavailable)
    }
}
