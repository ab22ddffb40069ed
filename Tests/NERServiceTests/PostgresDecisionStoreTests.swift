import Contracts
import Foundation
import Logging
import PostgresNIO
import Testing
@testable import NERService
@testable import ServiceKit

/// The audit trail on a real PostgreSQL (`PERIKSA_TEST_DATABASE_URL`); skipped without one.
struct PostgresDecisionStoreTests {
    static var adminURL: String? { ProcessInfo.processInfo.environment["PERIKSA_TEST_DATABASE_URL"] }

    @Test(.enabled(if: adminURL != nil)) func decisionsAreStoredAndReadBack() async throws {
        let logger = Logger(label: "ner-test")
        let admin = try #require(Self.adminURL)
        let name = "unit_ner_\(UInt32.random(in: 0...UInt32.max))"
        try await Self.withClient(admin) { try await $0.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger) }
        let url = admin.replacingOccurrences(of: "/postgres", with: "/\(name)")
        try await Self.withClient(url) { client in
            try await NERMigrations.all.run(on: client, logger: logger)
            try await NERMigrations.all.run(on: client, logger: logger)
            let store = PostgresDecisionStore(client: client, logger: logger)
            let validation = SKValidation(
                fields: [FieldComparison(field: "nip", proposed: "198503122010011005", extracted: nil, similarity: 0)],
                similarity: 0, decision: .review, reasons: ["The NIP could not be found in the decree; check the scan by hand."])
            let record = DecisionRecord(
                id: UUID(), decidedAt: Date(timeIntervalSince1970: 1_800_000_000), caller: Caller(userID: "u-1", username: "clerk", role: "operator"),
                source: "pdf-text", inputSHA256: String(repeating: "a", count: 64), proposalSHA256: String(repeating: "b", count: 64),
                modelVersion: "sk-test", validation: validation, requestID: "req-1")
            try await store.record(record)
            let back = try #require(try await store.decision(id: record.id))
            #expect(back == record)
            #expect(try await store.decision(id: UUID()) == nil)
        }
        try await Self.withClient(admin) { try await $0.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger) }
    }

    static func withClient(_ url: String, _ body: @escaping @Sendable (PostgresClient) async throws -> Void) async throws {
        let client = PostgresClient(configuration: try DatabaseURL(url).configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await body(client)
        }
    }
}
