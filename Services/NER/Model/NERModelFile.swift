import Foundation

/// The committed entity model (`sk-model.bin`, written by `ner-train train`, which regenerates
/// it byte-identically from the generated corpus), shipped as this target's resource bundle
/// `periksa_NERModel.resources` next to the executable. Looked up by path, not through
/// `Bundle.module` (which stops the process when the bundle is missing, e.g. in an image that
/// copied only the binaries): the caller gets nil and can say what to do.
public enum NERModelFile {
    public static let bundleName = "periksa_NERModel.resources"

    public static var url: URL? {
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            executable?.appendingPathComponent("\(bundleName)/sk-model.bin"),
            Bundle.main.bundleURL.appendingPathComponent("\(bundleName)/sk-model.bin"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
