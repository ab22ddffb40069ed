import Foundation
import PostgresNIO

/// A `postgres://user:password@host:port/database` URL turned into a client configuration.
/// Invariant: only loopback or explicit `sslmode=disable` connections go without TLS.
public struct DatabaseURL: Sendable {
    public var configuration: PostgresClient.Configuration
    /// Whether connections must use TLS (everything but loopback or explicit `sslmode=disable`).
    public let requiresTLS: Bool

    public init(_ string: String) throws(ConfigurationError) {
        guard let components = URLComponents(string: string),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let bracketed = components.host, !bracketed.isEmpty,
            let user = components.user
        else {
            throw ConfigurationError(variable: "DATABASE_URL", reason: "must look like postgres://user:password@host:port/database")
        }
        // An IPv6 literal comes back as "[::1]"; the driver and the loopback rule want "::1".
        let host = bracketed.hasPrefix("[") && bracketed.hasSuffix("]") ? String(bracketed.dropFirst().dropLast()) : bracketed
        let database = String(components.path.drop(while: { $0 == "/" }))
        let sslMode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        requiresTLS = !(sslMode == "disable" || (loopback && sslMode == nil))
        let tls: PostgresClient.Configuration.TLS = requiresTLS ? .require(.makeClientConfiguration()) : .disable
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user,
            password: components.password, database: database.isEmpty ? nil : database, tls: tls
        )
        configuration.options.maximumConnections = 16
        self.configuration = configuration
    }
}
