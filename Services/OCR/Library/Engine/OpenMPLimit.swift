import Foundation

/// Tesseract's OpenMP threads make one recognition 5× slower here, and OpenMP reads
/// `OMP_THREAD_LIMIT` only when the library loads: if it is not set, the process re-executes
/// itself with it set, before anything else runs.
public enum OpenMPLimit {
    public static func ensureSingleThreaded() throws {
        guard ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        let path = "/proc/self/exe"
        var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(path, &arguments)
        throw CocoaError(.executableLoad)
    }
}
