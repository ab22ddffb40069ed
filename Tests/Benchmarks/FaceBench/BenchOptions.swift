import Foundation

/// Command-line options of face-bench; defaults follow deploy/local/faces.sh's var/ layout.
struct BenchOptions {
    var photos: URL
    var models: URL
    var augmented: URL
    var reference: URL
    var referenceAugmented: URL
    var extra: URL
    var extraCrops: URL
    var referenceExtra: URL
    var gateway: String?
    var adminPassword: String?
    var sizes = [1_000, 10_000, 100_000]
    var checkIns = 60

    init(_ arguments: [String]) {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var values: [String: String] = [:]
        var index = 1
        while index + 1 < arguments.count {
            values[arguments[index]] = arguments[index + 1]
            index += 2
        }
        func url(_ key: String, _ fallback: String) -> URL { URL(fileURLWithPath: values[key] ?? root.appendingPathComponent(fallback).path) }
        photos = url("--photos", "var/faces/test_images")
        models = url("--models", "var/models")
        augmented = url("--augmented", "var/faces/augmented")
        reference = url("--reference", "var/faces/reference.json")
        referenceAugmented = url("--reference-augmented", "var/faces/reference-augmented.json")
        extra = url("--extra", "var/faces/extra")
        extraCrops = url("--extra-crops", "var/faces/extra-crops")
        referenceExtra = url("--reference-extra", "var/faces/reference-extra.json")
        gateway = values["--gateway"]
        adminPassword = values["--admin-password"] ?? ProcessInfo.processInfo.environment["PERIKSA_ADMIN_PASSWORD"]
        if let sizes = values["--sizes"] { self.sizes = sizes.split(separator: ",").compactMap { Int($0) } }
        if let count = values["--check-ins"].flatMap(Int.init) { checkIns = count }
    }
}

/// Who is in the face_recognition 1.3.0 test photos. 32bit.png is obama2.jpg saved as a 32-bit
/// PNG, so pairs between the two count as one photo, not as a match.
enum PhotoSet {
    static let duplicates: Set<Set<String>> = [["32bit.png", "obama2.jpg"]]

    static func person(_ file: String) -> String {
        if file == "32bit.png" { return "obama" }
        if file.hasPrefix("extra-") { return (file as NSString).deletingPathExtension }
        return String(file.prefix { $0.isLetter })
    }
}
