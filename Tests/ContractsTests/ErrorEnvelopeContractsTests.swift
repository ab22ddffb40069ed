import Contracts
import Foundation
import Testing

/// The one error shape: `{"error":{"code","message","request_id"}}`.
struct ErrorEnvelopeContractsTests {
    @Test func envelope() throws {
        let envelope = try FixtureRoundTrip.check("error-envelope", as: ErrorEnvelope.self, designKeys: ["error"])
        #expect(envelope.error.code == ErrorCode.unknownDocumentType.rawValue)
        #expect(try FixtureRoundTrip.keys(of: envelope.error) == ["code", "message", "request_id"])
    }

    @Test func codesAreSnakeCaseAndDistinct() {
        let codes: [ErrorCode] = [
            .badRequest, .malformedJSON, .missingField, .invalidField, .unauthorized, .forbidden, .notFound, .methodNotAllowed,
            .conflict, .payloadTooLarge, .unsupportedMediaType, .contentTypeMismatch, .corruptFile, .unknownDocumentType,
            .rateLimited, .upstreamUnavailable, .upstreamTimeout, .notReady, .internalError,
        ]
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.rawValue.allSatisfy { $0.isLowercase || $0 == "_" } })
    }

    @Test func jsonValueRoundTripsEveryKind() throws {
        let json = #"{"a":null,"b":true,"c":1.5,"d":"x","e":[1,"y",false],"f":{"g":{}}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(value["b"] == .bool(true))
        #expect(value["c"]?.numberValue == 1.5)
        #expect(value["d"]?.stringValue == "x")
        #expect(value["a"] == .null)
        let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        #expect(again == value)
    }
}

/// The fixture comparison itself must catch renamed and dropped keys.
struct FixtureComparisonTests {
    @Test func renamedOrDroppedKeysAreReported() {
        let fixture: JSONValue = .object(["user_id": .string("u"), "distance": .number(0.4), "list": .array([.null])])
        #expect(FixtureRoundTrip.differences(fixture, within: fixture, at: "$").isEmpty)
        let renamed: JSONValue = .object(["userID": .string("u"), "distance": .number(0.4), "list": .array([.null])])
        #expect(FixtureRoundTrip.differences(fixture, within: renamed, at: "$") == ["$.user_id missing"])
        let changed: JSONValue = .object(["user_id": .string("u"), "distance": .number(0.5), "list": .array([])])
        #expect(FixtureRoundTrip.differences(fixture, within: changed, at: "$").count == 2)
        let extended: JSONValue = .object(["user_id": .string("u"), "distance": .number(0.4), "list": .array([.null]), "extra": .bool(true)])
        #expect(FixtureRoundTrip.differences(fixture, within: extended, at: "$").isEmpty, "extra fields are allowed")
    }
}
