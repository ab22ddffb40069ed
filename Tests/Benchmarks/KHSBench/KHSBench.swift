import Contracts
import Foundation
import OCRService

/// Reads generated KHS transcripts (Tests/Generators/khs: JPEG pages or multi-page PDFs) and
/// prints, for every layout apart (the truth's `layout`; scanned and born-digital PDFs as their
/// own groups, so a layout the reader was tuned on never hides one it was not): row exact match, grade
/// accuracy, IPK agreement (recomputed = true and printed read = printed), decision accuracy
/// against the requirements the generator drew (needs_review counts as wrong when the truth is
/// clear), p50/p95 latency per page and verifications/s on one engine.
/// Usage: khs-bench DIR [DIR…]  (with OMP_THREAD_LIMIT=1; KHS_DEBUG=1 prints every wrong row and decision;
/// KHS_LINES=<file name> prints that image's OCR word rows)
@main struct KHSBench {
    struct Truth: Decodable {
        struct Row: Decodable { var code: String; var name: String; var sks: Int; var grade: String }
        var layout: String
        var scale: String?
        var text_layer: Bool?
        var rows: [Row]
        var ipk_printed: Double
        var ipk_true: Double
        var tampered: Bool
        var requirements: TranscriptRequirements?
        var expected: Eligibility?
        var pages: Int?
    }

    static func main() async throws {
        let folders = CommandLine.arguments.dropFirst().map { URL(fileURLWithPath: $0) }
        guard !folders.isEmpty else { print("usage: khs-bench DIR [DIR…]"); return }
        let debug = ProcessInfo.processInfo.environment["KHS_DEBUG"] != nil
        let reader = try TranscriptReader(engines: 1)
        var tallies: [String: KHSTally] = [:]
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") || $0.hasSuffix(".pdf") }.sorted()
            for name in names {
                let file = folder.appendingPathComponent(name)
                let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: file.deletingPathExtension().appendingPathExtension("json")))
                let bytes = [UInt8](try Data(contentsOf: file))
                let requirements = truth.requirements ?? TranscriptRequirements(minIPK: nil, courses: [])
                let expected = truth.expected ?? (truth.tampered ? .needsReview : .eligible)
                let start = ContinuousClock.now, cpuStart = cpuSeconds()
                let scale = institutionScale(truth.scale)
                let reading = try await reader.read(bytes, scale: scale)
                let verdict = TranscriptVerifier(scale: scale).verify(reading, requirements)
                let elapsed = ContinuousClock.now - start, cpu = cpuSeconds() - cpuStart
                let group = truth.layout + (name.hasSuffix(".pdf") ? (truth.text_layer == true ? ", text PDF" : ", PDF") : "")
                var tally = tallies[group] ?? KHSTally()
                tally.documents += 1
                tally.pages += truth.pages ?? 1
                tally.seconds.append(elapsed.seconds)
                for _ in 0..<(truth.pages ?? 1) {
                    tally.perPage.append(elapsed.seconds / Double(truth.pages ?? 1))
                    tally.cpuPerPage.append(cpu / Double(truth.pages ?? 1))
                }
                for (row, read) in align(truth.rows, reading.rows) {
                    tally.rows += 1
                    let exact = reading.rows.contains { $0.code == row.code && $0.name == row.name && $0.sks == row.sks && $0.grade == row.grade }
                    if exact { tally.rowsExact += 1 }
                    if read?.grade == row.grade { tally.grades += 1 }
                    if debug, !exact {
                        print("\(name): want \(row.code) | \(row.name) | \(row.sks) | \(row.grade)   read \(read.map { "\($0.code ?? "-") | \($0.name) | \($0.sks) | \($0.grade)" } ?? "nothing")")
                    }
                }
                let aligned = align(truth.rows, reading.rows).compactMap(\.1)
                if debug { for extra in reading.rows where !aligned.contains(extra) { print("\(name): extra row \(extra.code ?? "-") | \(extra.name) | \(extra.sks) | \(extra.grade)") } }
                if verdict.ipk == truth.ipk_true, reading.ipkPrinted == truth.ipk_printed { tally.ipkAgree += 1 }
                if verdict.eligible == expected { tally.decisions += 1 } else if debug {
                    print("\(name): decision \(verdict.eligible.rawValue), want \(expected.rawValue): \(verdict.reasons)")
                }
                tallies[group] = tally
                if ProcessInfo.processInfo.environment["KHS_LINES"] == name {
                    print((try await reader.debugLines(bytes)).joined(separator: "\n"))
                    try Data(((try? reader.debugPage(bytes)) ?? nil) ?? []).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "khs-page.png"))
                }
            }
        }
        for group in tallies.keys.sorted() { print(tallies[group].map { $0.line(group) } ?? "") }
    }
}

/// Each true row and the read row that stands for it: the same code, else the same name, else
/// (for rows whose code and name were both misread) the unclaimed read row at the same place in
/// the table order. A grade is right when that row's grade is.
func align(_ truth: [KHSBench.Truth.Row], _ read: [CourseRow]) -> [(KHSBench.Truth.Row, CourseRow?)] {
    var claimed = Set<Int>()
    var pairs = truth.map { row -> (KHSBench.Truth.Row, Int?) in
        let index = read.firstIndex { $0.code == row.code } ?? read.firstIndex { $0.name == row.name }
        if let index { claimed.insert(index) }
        return (row, index)
    }
    for (position, pair) in pairs.enumerated() where pair.1 == nil {
        let previous = pairs[..<position].compactMap(\.1).last ?? -1
        if let next = read.indices.first(where: { $0 > previous && !claimed.contains($0) }),
            pairs[(position + 1)...].compactMap(\.1).first.map({ next < $0 }) ?? true {
            pairs[position].1 = next
            claimed.insert(next)
        }
    }
    return pairs.map { ($0.0, $0.1.map { read[$0] }) }
}

/// CPU seconds (user + system) of this process and its finished children (poppler's tools).
func cpuSeconds() -> Double {
    var mine = rusage(), children = rusage()
    getrusage(RUSAGE_SELF.rawValue, &mine)
    getrusage(RUSAGE_CHILDREN.rawValue, &children)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(mine.ru_utime) + seconds(mine.ru_stime) + seconds(children.ru_utime) + seconds(children.ru_stime)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
