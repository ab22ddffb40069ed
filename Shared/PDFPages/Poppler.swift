import Foundation

/// Why poppler could not read a PDF. Invariant: `message` is safe to show a client.
public struct PDFPagesError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// PDF pages and text through poppler's command-line tools (`pdfinfo`, `pdftotext`,
/// `pdftoppm`, `pdftohtml`), run as child processes with a time limit so a hostile PDF cannot hang a
/// caller. Shared by ingest (page counts) and ner (text layer or page images for OCR).
public struct Poppler: Sendable {
    public let timeout: Duration
    public let maxPages: Int

    public init(timeout: Duration = .seconds(60), maxPages: Int = 50) {
        self.timeout = timeout
        self.maxPages = maxPages
    }

    /// The page count; ``PDFPagesError`` when poppler cannot read the file.
    public func pageCount(_ pdf: [UInt8]) async throws -> Int {
        let output = try await withTemporaryFile(pdf) { path in try await run("pdfinfo", [path]) }
        for line in output.split(separator: "\n") where line.hasPrefix("Pages:") {
            if let count = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) { return count }
        }
        throw PDFPagesError("the PDF has no readable page count")
    }

    /// The text layer of every page in reading order (`pdftotext -layout`); empty when the PDF is only images.
    public func text(_ pdf: [UInt8]) async throws -> String {
        let count = try await pageCount(pdf)
        guard count <= maxPages else { throw PDFPagesError("the PDF has \(count) pages; at most \(maxPages) are read") }
        return try await withTemporaryFile(pdf) { path in try await run("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]) }
    }

    func withTemporaryFile<T>(_ bytes: [UInt8], _ body: (String) async throws -> T) async throws -> T {
        let path = NSTemporaryDirectory() + "periksa-\(UUID().uuidString).pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await body(path)
    }

    func run(_ tool: String, _ arguments: [String]) async throws -> String {
        String(decoding: try await output(tool, arguments), as: UTF8.self)
    }

    /// The tool's standard output; ``PDFPagesError`` when it fails or outlasts `timeout`.
    func output(_ tool: String, _ arguments: [String]) async throws -> Data {
        // the tool found on PATH here rather than through /usr/bin/env: one process start less
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = directories.map({ "\($0)/\(tool)" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw PDFPagesError("the PDF could not be read (\(tool) is not installed)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = Task.detached { pipe.fileHandleForReading.readDataToEndOfFile() }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                throw PDFPagesError("\(tool) took longer than \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        let output = await reader.value
        guard process.terminationStatus == 0 else { throw PDFPagesError("the PDF could not be read (\(tool) failed)") }
        return output
    }
}
