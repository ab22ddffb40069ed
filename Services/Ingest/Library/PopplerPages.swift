import Foundation

/// PDF pages through poppler's command-line tools (`pdfinfo`, `pdftoppm`), run as child
/// processes with a time limit so a hostile PDF cannot hang a worker.
public struct PopplerPages: Sendable {
    public let timeout: Duration
    public let maxPages: Int

    public init(timeout: Duration = .seconds(60), maxPages: Int = 50) {
        self.timeout = timeout
        self.maxPages = maxPages
    }

    /// The page count, or ``PipelineError/permanent(_:)`` when poppler cannot read the file.
    public func pageCount(_ pdf: [UInt8]) async throws -> Int {
        let output = try await withTemporaryFile(pdf) { path in try await run("pdfinfo", [path]) }
        for line in output.split(separator: "\n") where line.hasPrefix("Pages:") {
            if let count = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) { return count }
        }
        throw PipelineError.permanent("the PDF has no readable page count")
    }

    /// Every page as a PNG at `dpi`.
    public func pageImages(_ pdf: [UInt8], dpi: Int = 200) async throws -> [[UInt8]] {
        let count = try await pageCount(pdf)
        guard count <= maxPages else { throw PipelineError.permanent("the PDF has \(count) pages; at most \(maxPages) are read") }
        return try await withTemporaryFile(pdf) { path in
            let prefix = path + "-page"
            _ = try await run("pdftoppm", ["-png", "-r", "\(dpi)", path, prefix])
            let directory = (path as NSString).deletingLastPathComponent
            let base = (prefix as NSString).lastPathComponent
            let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(base) }.sorted()
            defer { for name in names { try? FileManager.default.removeItem(atPath: directory + "/" + name) } }
            return try names.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0))) }
        }
    }

    private func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (String) async throws -> T) async throws -> T {
        let path = NSTemporaryDirectory() + "periksa-\(UUID().uuidString).pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await body(path)
    }

    private func run(_ tool: String, _ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                throw PipelineError.permanent("\(tool) took longer than \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else { throw PipelineError.permanent("the PDF could not be read (\(tool) failed)") }
        return output
    }
}
