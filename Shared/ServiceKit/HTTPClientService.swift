import AsyncHTTPClient
import ServiceLifecycle

/// Owns an `HTTPClient` for the life of the process: shuts it down after graceful shutdown
/// begins, so in-flight peer calls are not cut short by the process ending first.
public struct HTTPClientService: Service {
    public let client: HTTPClient

    /// `connectTimeout` bounds how long a dead peer can hold a request: the client keeps
    /// retrying a refused connection until then, so it decides how fast a 502 comes.
    public init(maximumConnectionsPerHost: Int = 64, connectTimeout: Duration = .seconds(2)) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .init(connectTimeout)
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: maximumConnectionsPerHost)
        configuration.decompression = .disabled
        configuration.redirectConfiguration = .disallow
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}
