import Logging

/// What every executable needs to start: its name, where to listen, its database and log level.
public struct ServiceConfig: Sendable {
    public var name: String
    public var host: String
    public var port: Int
    public var databaseURL: String?
    public var logLevel: Logger.Level
    public var environment: ServiceEnvironment

    public init(
        name: String, host: String = "127.0.0.1", port: Int, databaseURL: String? = nil,
        logLevel: Logger.Level = .info, environment: ServiceEnvironment = ServiceEnvironment([:])
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.databaseURL = databaseURL
        self.logLevel = logLevel
        self.environment = environment
    }

    /// Reads `HOST`, `PORT`, `DATABASE_URL` and `LOG_LEVEL`.
    public init(name: String, defaultPort: Int, environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        let level = environment.string("LOG_LEVEL", default: "info")
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw ConfigurationError(variable: "LOG_LEVEL", reason: "unknown level '\(level)'")
        }
        self.init(
            name: name,
            host: environment.string("HOST", default: "127.0.0.1"),
            port: try environment.int("PORT", default: defaultPort),
            databaseURL: environment.string("DATABASE_URL"),
            logLevel: logLevel,
            environment: environment
        )
    }

    /// A logger writing JSON lines to standard error, labelled with the service name.
    public func makeLogger() -> Logger {
        var logger = Logger(label: name) { label in JSONLogHandler(label: label) }
        logger.logLevel = logLevel
        return logger
    }
}
