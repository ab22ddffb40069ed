import Foundation

/// How much of each PDF page's text is drawn where a reader sees it. A page made by software
/// draws its words (over a letterhead or watermark image as often as not); a scan that went
/// through OCR carries that program's words invisibly (text render mode 3, Tesseract's and
/// OCRmyPDF's "sandwich") over the picture of the page. poppler's `pdftohtml` leaves hidden text
/// out unless told `-hidden`, so the characters it gives per page are the visible ones. The page's
/// images are never decoded (`-i`): the call costs a few milliseconds a page.
enum TranscriptPDFVisibleText {
    /// Visible non-space characters on pages 1…`pages`; nil when poppler could not tell
    /// (failed or outlasted `timeout`): then no page's text counts as visible.
    static func characters(_ pdf: [UInt8], pages: Int, timeout: Duration) async -> [Int]? {
        let path = NSTemporaryDirectory() + "periksa-visible-\(UUID().uuidString).pdf"
        guard (try? Data(pdf).write(to: URL(fileURLWithPath: path))) != nil else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let arguments = ["-xml", "-i", "-q", "-stdout", "-f", "1", "-l", "\(pages)", path]
        guard let output = await run("pdftohtml", arguments, timeout: timeout) else { return nil }
        return characters(xml: String(decoding: output, as: UTF8.self), pages: pages)
    }

    /// Per page, the non-space characters inside `<text …>…</text>` of `pdftohtml -xml` output
    /// (inline `<b>`/`<i>`/`<a>` tags not counted; an entity counts as one character).
    static func characters(xml: String, pages: Int) -> [Int] {
        var counts = Array(repeating: 0, count: max(0, pages)), page = -1
        for line in xml.split(separator: "\n") {
            if line.hasPrefix("<page ") { page += 1; continue }
            guard line.hasPrefix("<text "), counts.indices.contains(page), let open = line.firstIndex(of: ">") else { continue }
            var inTag = false, inEntity = false
            for character in line[line.index(after: open)...] {
                switch character {
                case "<": inTag = true
                case ">": inTag = false
                case "&" where !inTag: inEntity = true; counts[page] += 1
                case ";" where inEntity: inEntity = false
                default: if !inTag, !inEntity, !character.isWhitespace { counts[page] += 1 }
                }
            }
        }
        return counts
    }

    /// The tool's standard output, or nil when it fails or outlasts `timeout` (then it is stopped).
    private static func run(_ tool: String, _ arguments: [String], timeout: Duration) async -> Data? {
        // the tool found on PATH here, not through /usr/bin/env: one process start less
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = directories.map({ "\($0)/\(tool)" }).first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let reader = Task.detached { pipe.fileHandleForReading.readDataToEndOfFile() }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                return nil
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        let output = await reader.value
        return process.terminationStatus == 0 ? output : nil
    }
}
