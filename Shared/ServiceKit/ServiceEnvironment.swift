import Foundation

/// Typed reading of configuration from environment variables.
/// Invariant: a malformed value is a start-up error naming the variable, never a silent default.
public struct ServiceEnvironment: Sendable {
    public let values: [String: String]

    public init(_ values: [String: String] = ProcessInfo.processInfo.environment) {
        self.values = values
    }

    public func string(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    public func string(_ name: String, default fallback: String) -> String {
        string(name) ?? fallback
    }

    public func int(_ name: String, default fallback: Int) throws(ConfigurationError) -> Int {
        guard let raw = string(name) else { return fallback }
        guard let value = Int(raw) else { throw ConfigurationError(variable: name, reason: "expected an integer, got '\(raw)'") }
        return value
    }

    public func double(_ name: String, default fallback: Double) throws(ConfigurationError) -> Double {
        guard let raw = string(name) else { return fallback }
        guard let value = Double(raw) else { throw ConfigurationError(variable: name, reason: "expected a number, got '\(raw)'") }
        return value
    }

    public func bool(_ name: String, default fallback: Bool) throws(ConfigurationError) -> Bool {
        guard let raw = string(name)?.lowercased() else { return fallback }
        switch raw {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ConfigurationError(variable: name, reason: "expected true or false, got '\(raw)'")
        }
    }

    /// A comma-separated list, empty entries dropped.
    public func list(_ name: String) -> [String] {
        (string(name) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public func required(_ name: String) throws(ConfigurationError) -> String {
        guard let value = string(name) else { throw ConfigurationError(variable: name, reason: "is required") }
        return value
    }
}

/// A configuration value that is missing or malformed; stops the process at start-up.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let variable: String
    public let reason: String
    public var description: String { "configuration: \(variable) \(reason)" }

    public init(variable: String, reason: String) {
        self.variable = variable
        self.reason = reason
    }
}
