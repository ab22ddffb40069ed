import Logging
import PostgresNIO
import ServiceKit

/// The registry's copy in a service's own schema (each service reads only its own schema), and
/// the one loader every service uses to read it back.
public struct RegistryTables: Sendable {
    public let schema: String

    public init(schema: String) {
        precondition(schema.allSatisfy { $0.isLetter || $0 == "_" }, "schema names are plain identifiers")
        self.schema = schema
    }

    /// The migration that creates the tables; a service appends it to its own migrations.
    public func migration(version: Int) -> Migration {
        Migration(version: version, name: "region registry", statements: [
            "CREATE TABLE \(schema).regions (code text PRIMARY KEY, name text NOT NULL)",
            "CREATE TABLE \(schema).villages (code text PRIMARY KEY, name text NOT NULL, postcode text)",
        ])
    }

    /// Copies `data` into the tables unless they already hold exactly that many rows.
    /// Serialised by an advisory lock, so replicas starting together import once.
    public func importIfNeeded(_ data: RegistryData, client: PostgresClient, logger: Logger) async throws {
        try await client.withConnection { connection in
            let key = SchemaMigrator.lockKey("registry." + schema)
            try await connection.query("SELECT pg_advisory_lock(\(key))", logger: logger)
            do {
                let (regions, villages) = try await counts(connection, logger: logger)
                if regions != data.regions.count || villages != data.villages.count {
                    try await copy(data, into: connection, logger: logger)
                    logger.info("region registry imported", metadata: ["schema": "\(schema)", "regions": "\(data.regions.count)", "villages": "\(data.villages.count)"])
                }
                try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
                throw error
            }
        }
    }

    /// Reads the registry back from the tables: the one loader.
    public func load(client: PostgresClient, logger: Logger) async throws -> RegionRegistry {
        var regions: [String: String] = [:], villages: [String: String] = [:], postcodes: [String: String] = [:]
        for try await (code, name) in try await client.query(PostgresQuery(unsafeSQL: "SELECT code, name FROM \(schema).regions"), logger: logger).decode((String, String).self) {
            regions[code] = name
        }
        for try await (code, name, postcode) in try await client.query(PostgresQuery(unsafeSQL: "SELECT code, name, postcode FROM \(schema).villages"), logger: logger).decode((String, String, String?).self) {
            villages[code] = name
            postcodes[code] = postcode
        }
        guard !regions.isEmpty, !villages.isEmpty else { throw RegistryError.incomplete("no rows in \(schema).regions or \(schema).villages") }
        return RegionRegistry(data: RegistryData(regions: regions, villages: villages, postcodes: postcodes))
    }

    private func counts(_ connection: PostgresConnection, logger: Logger) async throws -> (Int, Int) {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: "SELECT (SELECT count(*) FROM \(schema).regions), (SELECT count(*) FROM \(schema).villages)"), logger: logger)
        for try await (regions, villages) in rows.decode((Int, Int).self) { return (regions, villages) }
        return (0, 0)
    }

    private func copy(_ data: RegistryData, into connection: PostgresConnection, logger: Logger) async throws {
        try await connection.withTransaction(logger: logger) { transaction in
            try await transaction.query(PostgresQuery(unsafeSQL: "TRUNCATE \(schema).regions, \(schema).villages"), logger: logger)
            let regions = data.regions.sorted { $0.key < $1.key }
            var insertRegions = PostgresQuery(unsafeSQL: "INSERT INTO \(schema).regions (code, name) SELECT * FROM unnest($1::text[], $2::text[])")
            insertRegions.binds.append(regions.map(\.key))
            insertRegions.binds.append(regions.map(\.value))
            try await transaction.query(insertRegions, logger: logger)
            let villages = data.villages.sorted { $0.key < $1.key }
            for start in stride(from: 0, to: villages.count, by: 10_000) {
                let batch = villages[start..<min(start + 10_000, villages.count)]
                var insert = PostgresQuery(unsafeSQL: "INSERT INTO \(schema).villages (code, name, postcode) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])")
                insert.binds.append(batch.map(\.key))
                insert.binds.append(batch.map(\.value))
                insert.binds.append(batch.map { data.postcodes[$0.key] ?? "" })
                try await transaction.query(insert, logger: logger)
            }
        }
    }
}
