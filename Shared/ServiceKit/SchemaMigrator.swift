import Logging
import PostgresNIO

/// One versioned step of a service's schema. Statements run in one transaction.
public struct Migration: Sendable {
    public var version: Int
    public var name: String
    public var statements: [String]

    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}

/// Brings a service's own schema up to date at start. Invariants: each version applies once
/// (recorded in `<schema>.schema_migrations`); replicas starting together serialise on a
/// PostgreSQL advisory lock keyed by the schema name, so none sees a half-migrated schema.
public struct SchemaMigrator: Sendable {
    public let schema: String
    public let migrations: [Migration]

    public init(schema: String, migrations: [Migration]) {
        precondition(schema.allSatisfy { $0.isLetter || $0 == "_" }, "schema names are plain identifiers")
        self.schema = schema
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Applies every pending migration; returns the versions applied by this call.
    @discardableResult
    public func run(on client: PostgresClient, logger: Logger) async throws -> [Int] {
        try await client.withConnection { connection in
            let key = Self.lockKey(schema)
            try await connection.query("SELECT pg_advisory_lock(\(key))", logger: logger)
            do {
                let applied = try await applyPending(connection, logger: logger)
                try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                return applied
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                throw error
            }
        }
    }

    private func applyPending(_ connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: """
            CREATE TABLE IF NOT EXISTS \(schema).schema_migrations (
              version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """), logger: logger)
        var done = Set<Int>()
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT version FROM \(schema).schema_migrations"), logger: logger)
        for try await version in rows.decode(Int.self) { done.insert(version) }
        var applied: [Int] = []
        for migration in migrations where !done.contains(migration.version) {
            try await connection.withTransaction(logger: logger) { transaction in
                for statement in migration.statements {
                    try await transaction.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                var record = PostgresQuery(unsafeSQL: "INSERT INTO \(schema).schema_migrations (version, name) VALUES ($1, $2)")
                record.binds.append(migration.version)
                record.binds.append(migration.name)
                try await transaction.query(record, logger: logger)
            }
            logger.info("migration applied", metadata: ["schema": "\(schema)", "version": "\(migration.version)"])
            applied.append(migration.version)
        }
        return applied
    }

    /// A stable 63-bit key per schema (FNV-1a), the same in every process.
    public static func lockKey(_ schema: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "periksa.migrate.\(schema)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash & 0x7FFF_FFFF_FFFF_FFFF)
    }
}
