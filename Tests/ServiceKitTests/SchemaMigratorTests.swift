import DatabaseTesting
import Logging
import PostgresNIO
import Testing
@testable import ServiceKit

/// Migrations against a real PostgreSQL: versioned, idempotent, atomic, and applied once when
/// several replicas start at the same moment (advisory lock).
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PERIKSA_TEST_DATABASE_URL"), .timeLimit(.minutes(2)))
struct SchemaMigratorTests {
    let logger = Logger(label: "migrator-test")

    static let first = Migration(version: 1, name: "notes", statements: ["CREATE TABLE demo.notes (id serial PRIMARY KEY, body text NOT NULL)"])
    static let second = Migration(version: 2, name: "tags", statements: [
        "ALTER TABLE demo.notes ADD COLUMN tag text",
        "INSERT INTO demo.notes (body, tag) VALUES ('seed', 'v2')",
    ])
    static let third = Migration(version: 3, name: "index", statements: ["CREATE INDEX notes_tag ON demo.notes (tag)"])

    static func versions(_ client: PostgresClient, logger: Logger) async throws -> [Int] {
        var versions: [Int] = []
        let rows = try await client.query("SELECT version FROM demo.schema_migrations ORDER BY version", logger: logger)
        for try await version in rows.decode(Int.self) { versions.append(version) }
        return versions
    }

    static func count(_ client: PostgresClient, _ sql: String, logger: Logger) async throws -> Int {
        let rows = try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return -1
    }

    @Test func appliesInVersionOrderOnceAndThenNothing() async throws {
        try await TestDatabase.withFresh("migrate") { (url: String) async throws -> Void in
            try await TestDatabase.withClient(url) { (client: PostgresClient) async throws -> Void in
                let migrator = SchemaMigrator(schema: "demo", migrations: [Self.second, Self.first])
                #expect(try await migrator.run(on: client, logger: logger) == [1, 2])
                #expect(try await migrator.run(on: client, logger: logger) == [], "a second start applies nothing")
                #expect(try await Self.count(client, "SELECT count(*)::int FROM demo.notes", logger: logger) == 1, "v2's insert ran once")
                let later = SchemaMigrator(schema: "demo", migrations: [Self.first, Self.second, Self.third])
                #expect(try await later.run(on: client, logger: logger) == [3])
                #expect(try await Self.versions(client, logger: logger) == [1, 2, 3])
            }
        }
    }

    @Test func failingMigrationLeavesNoTraceAndReleasesTheLock() async throws {
        try await TestDatabase.withFresh("migrate_fail") { (url: String) async throws -> Void in
            try await TestDatabase.withClient(url) { (client: PostgresClient) async throws -> Void in
                let broken = Migration(version: 2, name: "broken", statements: [
                    "CREATE TABLE demo.half (id int)",
                    "ALTER TABLE demo.nowhere ADD COLUMN x int",
                ])
                await #expect(throws: (any Error).self) {
                    try await SchemaMigrator(schema: "demo", migrations: [Self.first, broken]).run(on: client, logger: logger)
                }
                #expect(try await Self.versions(client, logger: logger) == [1], "version 1 stays; version 2 is not recorded")
                let half = "SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'demo' AND table_name = 'half'"
                #expect(try await Self.count(client, half, logger: logger) == 0, "the failed step rolled back")
                let fixed = Migration(version: 2, name: "fixed", statements: ["CREATE TABLE demo.half (id int)"])
                #expect(try await SchemaMigrator(schema: "demo", migrations: [Self.first, fixed]).run(on: client, logger: logger) == [2])
            }
        }
    }

    @Test func replicasStartingTogetherApplyEachMigrationOnce() async throws {
        try await TestDatabase.withFresh("migrate_race") { (url: String) async throws -> Void in
            // A slow, non-idempotent first step: without the lock a second replica would run it
            // again while the first is still inside and fail on the duplicate table.
            let slow = Migration(version: 1, name: "slow", statements: [
                "SELECT pg_sleep(0.5)", "CREATE TABLE demo.notes (id serial PRIMARY KEY, body text NOT NULL)",
            ])
            let migrator = SchemaMigrator(schema: "demo", migrations: [slow, Self.second, Self.third])
            let replicas = 4
            // Each replica reports its own outcome, so one failing does not cancel the others
            // mid-query (which would hang the test instead of failing it).
            let outcomes = await withTaskGroup(of: Result<[Int], ReplicaFailure>.self) { group in
                for _ in 0..<replicas {
                    group.addTask {
                        do {
                            return .success(try await TestDatabase.withClient(url, maximumConnections: 1) { client in
                                try await migrator.run(on: client, logger: Logger(label: "replica"))
                            })
                        } catch {
                            return .failure(ReplicaFailure(description: String(describing: error)))
                        }
                    }
                }
                var all: [Result<[Int], ReplicaFailure>] = []
                for await outcome in group { all.append(outcome) }
                return all
            }
            let failures = outcomes.compactMap { if case .failure(let failure) = $0 { failure.description } else { nil } }
            #expect(failures.isEmpty, "replicas failed: \(failures)")
            let applied = outcomes.compactMap { try? $0.get() }
            #expect(applied.count == replicas)
            #expect(applied.flatMap { $0 }.sorted() == [1, 2, 3], "each version applied by exactly one replica")
            #expect(applied.filter(\.isEmpty).count == replicas - 1)
            try await TestDatabase.withClient(url) { (client: PostgresClient) async throws -> Void in
                #expect(try await Self.versions(client, logger: logger) == [1, 2, 3])
                #expect(try await Self.count(client, "SELECT count(*)::int FROM demo.notes", logger: logger) == 1)
            }
        }
    }

    struct ReplicaFailure: Error, CustomStringConvertible {
        var description: String
    }

    @Test func lockKeyIsStablePerSchema() {
        #expect(SchemaMigrator.lockKey("ingest") == SchemaMigrator.lockKey("ingest"))
        #expect(SchemaMigrator.lockKey("ingest") != SchemaMigrator.lockKey("face_auth"))
        #expect(SchemaMigrator.lockKey("ingest") >= 0)
    }
}
