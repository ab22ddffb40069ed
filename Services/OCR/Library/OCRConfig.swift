import Foundation
import ServiceKit
import Tokens

/// The ocr service's settings: its database (for its copy of the region registry), how callers
/// are authenticated (only the gateway and Periksa services call it), where the registry files are, how many Tesseract engines to keep (one per core by default) and the
/// largest image accepted.
public struct OCRConfig: Sendable {
    public var service: ServiceConfig
    public var auth: ServiceAuthSettings
    public var registryDirectory: String?
    public var engines: Int
    public var maxImageBytes: Int

    public init(service: ServiceConfig, auth: ServiceAuthSettings, registryDirectory: String?, engines: Int = ProcessInfo.processInfo.activeProcessorCount, maxImageBytes: Int = 12 << 20) {
        self.service = service
        self.auth = auth
        self.registryDirectory = registryDirectory
        self.engines = max(1, engines)
        self.maxImageBytes = maxImageBytes
    }

    /// Reads `JWKS_URL`, `PERIKSA_REGISTRY_DIR`, `OCR_ENGINES` and `OCR_MAX_IMAGE_BYTES` besides the common settings.
    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        self.init(
            service: try ServiceConfig(name: "ocr", defaultPort: 8082, environment: environment),
            auth: try ServiceAuthSettings(service: "ocr", callsPeers: false, environment: environment),
            registryDirectory: environment.string("PERIKSA_REGISTRY_DIR"),
            engines: try environment.int("OCR_ENGINES", default: ProcessInfo.processInfo.activeProcessorCount),
            maxImageBytes: try environment.int("OCR_MAX_IMAGE_BYTES", default: 12 << 20)
        )
    }
}
