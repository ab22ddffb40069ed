import Contracts
import Foundation
import Testing

/// Loads the hand-written JSON fixtures (field names copied from DESIGN.md, never produced by
/// encoding our types) and checks that a Contracts type reads and writes exactly that JSON.
enum FixtureRoundTrip {
    struct MissingFixture: Error { let name: String }

    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw MissingFixture(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// The fixture as a JSON tree.
    static func tree(_ name: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data(name))
    }

    /// Decodes fixture `name` as `T`, re-encodes it and expects the same JSON tree back, so a
    /// renamed or dropped `CodingKey` fails. `designKeys` are the top-level names DESIGN.md fixes;
    /// they must all be in the fixture (guarding the fixture itself against drift).
    @discardableResult
    static func check<T: Codable>(
        _ name: String, as type: T.Type, designKeys: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> T {
        let fixture = try tree(name)
        guard case .object(let members) = fixture else {
            Issue.record("fixture \(name) is not a JSON object", sourceLocation: sourceLocation)
            return try JSONDecoder().decode(T.self, from: data(name))
        }
        let missing = designKeys.subtracting(members.keys)
        #expect(missing.isEmpty, "fixture \(name) lacks DESIGN.md keys \(missing.sorted())", sourceLocation: sourceLocation)
        let value = try JSONDecoder().decode(T.self, from: data(name))
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        let lost = differences(fixture, within: encoded, at: "$")
        #expect(lost.isEmpty, "\(T.self) does not re-encode \(name): \(lost)", sourceLocation: sourceLocation)
        return value
    }

    /// Where `expected` is not found in `actual`: every member of every object must be there
    /// with the same value (extra members in `actual` are allowed: DESIGN.md lets types add
    /// fields); arrays and scalars must match exactly.
    static func differences(_ expected: JSONValue, within actual: JSONValue, at path: String) -> [String] {
        switch (expected, actual) {
        case (.object(let want), .object(let have)):
            return want.keys.sorted().flatMap { key -> [String] in
                guard let value = have[key] else { return ["\(path).\(key) missing"] }
                return differences(want[key] ?? .null, within: value, at: "\(path).\(key)")
            }
        case (.array(let want), .array(let have)):
            guard want.count == have.count else { return ["\(path) has \(have.count) elements, not \(want.count)"] }
            return zip(want, have).enumerated().flatMap { index, pair in differences(pair.0, within: pair.1, at: "\(path)[\(index)]") }
        default:
            return expected == actual ? [] : ["\(path) is \(actual), not \(expected)"]
        }
    }

    /// The top-level keys `value` encodes to.
    static func keys(of value: some Encodable) throws -> Set<String> {
        guard case .object(let members) = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) else { return [] }
        return Set(members.keys)
    }

    /// Whether `json` fails to decode as `T` (for closed enums and required fields).
    static func rejects<T: Decodable>(_ json: String, as type: T.Type) -> Bool {
        (try? JSONDecoder().decode(T.self, from: Data(json.utf8))) == nil
    }
}
