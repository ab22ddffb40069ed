import Logging
import ServiceKit
import Testing

/// Typed configuration: malformed values stop start-up naming the variable.
struct ServiceEnvironmentTests {
    let environment = ServiceEnvironment([
        "PORT": "9090", "BAD_INT": "80a", "RATIO": "0.25", "ON": "Yes", "OFF": "0", "ODD": "maybe",
        "LIST": " a, b ,,c ", "BLANK": "   ",
    ])

    @Test func typedReads() throws {
        #expect(try environment.int("PORT", default: 1) == 9090)
        #expect(try environment.int("MISSING", default: 7) == 7)
        #expect(try environment.double("RATIO", default: 1) == 0.25)
        #expect(try environment.bool("ON", default: false))
        #expect(try !environment.bool("OFF", default: true))
        #expect(environment.list("LIST") == ["a", "b", "c"])
        #expect(environment.list("MISSING").isEmpty)
        #expect(environment.string("BLANK") == nil, "blank counts as unset")
        #expect(environment.string("BLANK", default: "d") == "d")
    }

    @Test func malformedValuesAreErrorsNamingTheVariable() {
        #expect(throws: ConfigurationError.self) { try environment.int("BAD_INT", default: 1) }
        #expect(throws: ConfigurationError.self) { try environment.bool("ODD", default: true) }
        #expect(throws: ConfigurationError.self) { try environment.double("BAD_INT", default: 1) }
        do {
            _ = try environment.required("NOT_THERE")
            Issue.record("a missing required variable was accepted")
        } catch {
            #expect(error.variable == "NOT_THERE")
        }
    }

    @Test func serviceConfigReadsTheCommonVariables() throws {
        let config = try ServiceConfig(
            name: "ingest", defaultPort: 8081,
            environment: ServiceEnvironment(["PORT": "9999", "HOST": "0.0.0.0", "LOG_LEVEL": "debug", "DATABASE_URL": "postgres://u@h/d"]))
        #expect(config.port == 9999)
        #expect(config.host == "0.0.0.0")
        #expect(config.logLevel == .debug)
        #expect(config.databaseURL == "postgres://u@h/d")
        let defaults = try ServiceConfig(name: "ocr", defaultPort: 8082, environment: ServiceEnvironment([:]))
        #expect(defaults.port == 8082 && defaults.host == "127.0.0.1" && defaults.logLevel == .info && defaults.databaseURL == nil)
    }

    @Test func unknownLogLevelIsRefused() {
        #expect(throws: ConfigurationError.self) {
            try ServiceConfig(name: "x", defaultPort: 1, environment: ServiceEnvironment(["LOG_LEVEL": "loud"]))
        }
        #expect(throws: ConfigurationError.self) {
            try ServiceConfig(name: "x", defaultPort: 1, environment: ServiceEnvironment(["PORT": "eighty"]))
        }
    }
}
