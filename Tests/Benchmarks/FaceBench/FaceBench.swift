import FaceAuthService
import Foundation

/// FaceBench (release): parity with the reference pipeline, verification accuracy / FAR / FRR /
/// ROC on the real photos and their augmentations, time per face, 1:N search time at 1k/10k/100k
/// templates and, given a running gateway, check-in latency.
///
///   face-bench [--photos DIR] [--models DIR] [--reference JSON] [--augmented DIR]
///              [--reference-augmented JSON] [--gateway URL --admin-password PW] [--sizes 1000,10000,100000]
@main
struct FaceBench {
    static func main() async throws {
        let options = BenchOptions(CommandLine.arguments)
        let reader = try DlibFaceReader(files: FaceModelFiles(directory: options.models), workers: 1)
        let thresholds = FaceThresholds()
        let packaged = try FileManager.default.contentsOfDirectory(atPath: options.photos.path)
            .filter { [".jpg", ".jpeg", ".png"].contains(where: $0.lowercased().hasSuffix) }.sorted()
        let extra = try await ExtraFaces.crop(from: options.extra, into: options.extraCrops, reader: reader)
        let photos = packaged + extra
        let folder = { (name: String) in extra.contains(name) ? options.extraCrops : options.photos }
        print("face-bench: \(packaged.count) photos from \(options.photos.path), \(extra.count) faces cropped from \(options.extra.path)")

        var embedded: [Embedded] = []
        var refused: [String: Int] = [:]
        var describeTimes: [Double] = [], detectTimes: [Double] = [], readTimes: [Double] = []
        var qualities: [Augmentation: [FaceQuality]] = [:]
        try FileManager.default.createDirectory(at: options.augmented, withIntermediateDirectories: true)
        for name in photos {
            let bytes = Array(try Data(contentsOf: folder(name).appendingPathComponent(name)))
            for augmentation in Augmentation.evaluated {
                guard let variant = augmentation.apply(to: bytes) else { print("  could not augment \(name) with \(augmentation.rawValue)"); continue }
                let file = "\((name as NSString).deletingPathExtension)__\(augmentation.rawValue).\(augmentation == .jpeg ? "jpg" : "png")"
                try Data(variant).write(to: options.augmented.appendingPathComponent(file))
                let start = ContinuousClock.now
                do {
                    let (sample, timings) = try await reader.readTimed(variant)
                    readTimes.append(milliseconds(ContinuousClock.now - start))
                    describeTimes.append(milliseconds(timings.describe))
                    detectTimes.append(milliseconds(timings.detect))
                    qualities[augmentation, default: []].append(sample.quality)
                    embedded.append(Embedded(person: PhotoSet.person(name), source: name, augmentation: augmentation, descriptor: sample.descriptor))
                } catch {
                    refused["\(error)", default: 0] += 1
                    print("  refused \(file): \(error)")
                }
            }
        }
        print("\naccepted \(embedded.count) of \(photos.count * Augmentation.evaluated.count) photos; refused: \(refused)")
        print(String(format: "time per photo (decode+detect+describe): p50 %.1f ms, p95 %.1f ms; HOG detection p50 %.1f ms; per face (landmarks+alignment+ResNet) p50 %.1f ms, p95 %.1f ms",
                     percentile(readTimes, 0.5), percentile(readTimes, 0.95), percentile(detectTimes, 0.5), percentile(describeTimes, 0.5), percentile(describeTimes, 0.95)))

        print("face quality of accepted photos (min brightness / min sharpness; defaults refuse < \(FaceQualityPolicy().minBrightness) / < \(FaceQualityPolicy().minSharpness)):")
        for augmentation in Augmentation.evaluated {
            let values = qualities[augmentation] ?? []
            print(String(format: "  %@: brightness %.0f, sharpness %.1f", augmentation.rawValue, values.map(\.brightness).min() ?? 0, values.map(\.sharpness).min() ?? 0))
        }

        var gate: [String: Int] = [:]
        for name in photos {
            let bytes = Array(try Data(contentsOf: folder(name).appendingPathComponent(name)))
            for augmentation in Augmentation.refused {
                guard let variant = augmentation.apply(to: bytes) else { continue }
                do { _ = try await reader.read(variant); gate["\(augmentation.rawValue): accepted", default: 0] += 1 } catch {
                    gate["\(augmentation.rawValue): \(error)".components(separatedBy: ":").prefix(3).joined(separator: ":"), default: 0] += 1
                }
            }
        }
        print("quality gate on photos made too dark / too blurred: \(gate.sorted { $0.key < $1.key })")

        print("\n== verification on real photos + augmentations ==")
        print(Verification(embedded, duplicates: PhotoSet.duplicates).report(thresholds: thresholds))

        print("\n== parity with face_recognition 1.3.0 + dlib-bin ==")
        for (reference, directory) in [(options.reference, options.photos), (options.referenceExtra, options.extraCrops),
                                       (options.referenceAugmented, options.augmented)] {
            try await Parity.report(reader: reader, reference: reference, photos: directory)
        }

        print("\n== identification (1:N, one core) ==")
        let probe = embedded.first?.descriptor ?? FaceDescriptor([Float](repeating: 0.05, count: 128))!
        for size in options.sizes {
            let (p50, p95) = try await IdentificationTiming.measure(count: size, probe: probe)
            print(String(format: "%7d templates: p50 %.2f ms, p95 %.2f ms", size, p50, p95))
        }

        if let gateway = options.gateway, let password = options.adminPassword {
            print("\n== check-in through the gateway (\(gateway)) ==")
            let enroll = Array(try Data(contentsOf: options.photos.appendingPathComponent("obama.jpg")))
            let probe = Array(try Data(contentsOf: options.photos.appendingPathComponent("obama2.jpg")))
            let times = try await CheckInLatency(gateway: gateway, adminPassword: password).run(enroll: enroll, probe: probe, count: options.checkIns)
            print(String(format: "%d check-ins: p50 %.1f ms, p95 %.1f ms, max %.1f ms", times.count, percentile(times, 0.5), percentile(times, 0.95), times.max() ?? 0))
        }
    }
}
