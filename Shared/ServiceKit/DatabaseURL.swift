import Foundation
import PostgresNIO

/// A `postgres://user:password@host:port/database` URL turned into a client configuration.
/// Invariant: only loopback or explicit `sslmode=disable` connections go without TLS.
public struct DatabaseURL: Sendable {
    public var configuration: PostgresClient.Configuration

    public init(_ string: String) throws(ConfigurationError) {
        guard let components = URLComponents(string: string),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty,
            let user = components.user
        else {
            throw ConfigurationError(variable: "DATABASE_URL", reason: "must look like postgres://user:password@host:port/database")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        let sslMode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        let tls: PostgresClient.Configuration.TLS =
            (sslMode == "disable" || (loopback && sslMode == nil)) ? .disable : .require(.makeClientConfiguration())
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user,
            password: components.password, database: database.isEmpty ? nil : database, tls: tls
        )
        configuration.options.maximumConnections = 16
        self.configuration = configuration
    }
}
