import Foundation

/// One wrk run and the figures read from its report.
struct WrkRun {
    var name: String
    var requestsPerSecond: Double
    var p50: String
    var p99: String
    var non2xx: Int

    /// Runs `wrk --latency` against `url` and parses requests/s, p50, p99 and non-2xx counts.
    static func run(name: String, url: String, header: String?, seconds: Int, connections: Int) throws -> WrkRun {
        var arguments = ["wrk", "-t2", "-c\(connections)", "-d\(seconds)s", "--latency"]
        if let header { arguments += ["-H", header] }
        arguments.append(url)
        let output = try Subprocess.output(arguments)
        func value(after label: String) -> String {
            for line in output.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix(label) {
                    return trimmed.dropFirst(label.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? "?"
                }
            }
            return "?"
        }
        return WrkRun(
            name: name, requestsPerSecond: Double(value(after: "Requests/sec:")) ?? 0, p50: value(after: "50%"),
            p99: value(after: "99%"), non2xx: Int(value(after: "Non-2xx or 3xx responses:")) ?? 0)
    }
}

/// Child processes for the bench (wrk, nginx, the gateway).
enum Subprocess {
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func start(_ executable: String, arguments: [String] = [], environment: [String: String] = [:], log: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // a file that could not be made fails the opening below
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }
}
