import ServiceKit
import Tokens

/// The region service's settings: its database (for its copy of the region registry), where
/// the registry files are, how callers and region itself are authenticated, the ocr service that
/// reads receipt images, and input limits.
public struct RegionConfig: Sendable {
    public var service: ServiceConfig
    public var auth: ServiceAuthSettings
    public var registryDirectory: String?
    public var ocrURL: String?
    public var maxImageBytes: Int
    public var maxTextCharacters: Int

    public init(service: ServiceConfig, auth: ServiceAuthSettings, registryDirectory: String?, ocrURL: String?, maxImageBytes: Int = 12 << 20, maxTextCharacters: Int = 20_000) {
        self.service = service
        self.auth = auth
        self.registryDirectory = registryDirectory
        self.ocrURL = ocrURL
        self.maxImageBytes = maxImageBytes
        self.maxTextCharacters = maxTextCharacters
    }

    /// Reads `JWKS_URL`, `PERIKSA_SERVICE_SECRET` (with `PEER_OCR_URL`), `PERIKSA_REGISTRY_DIR`, `PEER_OCR_URL`, `REGION_MAX_IMAGE_BYTES` and
    /// `REGION_MAX_TEXT_CHARS` besides the common settings.
    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        let ocrURL = environment.string("PEER_OCR_URL")
        self.init(
            service: try ServiceConfig(name: "region", defaultPort: 8085, environment: environment),
            auth: try ServiceAuthSettings(service: "region", callsPeers: ocrURL != nil, environment: environment),
            registryDirectory: environment.string("PERIKSA_REGISTRY_DIR"),
            ocrURL: ocrURL,
            maxImageBytes: try environment.int("REGION_MAX_IMAGE_BYTES", default: 12 << 20),
            maxTextCharacters: try environment.int("REGION_MAX_TEXT_CHARS", default: 20_000)
        )
    }
}
