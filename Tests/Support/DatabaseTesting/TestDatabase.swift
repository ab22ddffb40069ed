import Foundation
import Logging
import PostgresNIO
import ServiceKit

/// A fresh, empty database on the test PostgreSQL (`PERIKSA_TEST_DATABASE_URL`, provided by
/// deploy/local/test), dropped afterwards. Tests that need it are skipped when it is absent.
/// Shared by the test targets that use a real PostgreSQL without the whole cluster.
public enum TestDatabase {
    public static var adminURL: String? { ProcessInfo.processInfo.environment["PERIKSA_TEST_DATABASE_URL"] }
    public static var isAvailable: Bool { adminURL != nil }
    public static let logger = Logger(label: "test-db")

    public struct Unavailable: Error {}

    /// Runs `body` with the URL of a new database named after `label`.
    public static func withFresh<T: Sendable>(_ label: String, _ body: (String) async throws -> T) async throws -> T {
        guard let adminURL, var components = URLComponents(string: adminURL) else { throw Unavailable() }
        let name = "unit_\(label)_\(UInt32.random(in: 0...UInt32.max))"
        components.path = "/" + name
        guard let url = components.string else { throw Unavailable() }
        _ = try await withClient(adminURL) { admin in
            try await admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        do {
            let result = try await body(url)
            try await drop(name, adminURL: adminURL)
            return result
        } catch {
            try? await drop(name, adminURL: adminURL)
            throw error
        }
    }

    private static func drop(_ name: String, adminURL: String) async throws {
        _ = try await withClient(adminURL) { admin in
            try await admin.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
        }
    }

    /// Runs `body` with a running client for `url`; the client stops when `body` returns.
    public static func withClient<T: Sendable>(_ url: String, maximumConnections: Int = 8, _ body: (PostgresClient) async throws -> T) async throws -> T {
        var configuration = try DatabaseURL(url).configuration
        configuration.options.maximumConnections = maximumConnections
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}
