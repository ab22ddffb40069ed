import Foundation
import ServiceKit

/// The ocr service's settings: its database (for its copy of the region registry), where the
/// registry files are, how many Tesseract engines to keep (one per core by default) and the
/// largest image accepted.
public struct OCRConfig: Sendable {
    public var service: ServiceConfig
    public var registryDirectory: String?
    public var engines: Int
    public var maxImageBytes: Int

    public init(service: ServiceConfig, registryDirectory: String?, engines: Int = ProcessInfo.processInfo.activeProcessorCount, maxImageBytes: Int = 12 << 20) {
        self.service = service
        self.registryDirectory = registryDirectory
        self.engines = max(1, engines)
        self.maxImageBytes = maxImageBytes
    }

    /// Reads `PERIKSA_REGISTRY_DIR`, `OCR_ENGINES` and `OCR_MAX_IMAGE_BYTES` besides the common settings.
    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        self.init(
            service: try ServiceConfig(name: "ocr", defaultPort: 8082, environment: environment),
            registryDirectory: environment.string("PERIKSA_REGISTRY_DIR"),
            engines: try environment.int("OCR_ENGINES", default: ProcessInfo.processInfo.activeProcessorCount),
            maxImageBytes: try environment.int("OCR_MAX_IMAGE_BYTES", default: 12 << 20)
        )
    }
}
