import DecreeEntities
import ServiceKit
import Tokens

/// The ner service's settings: its database (decision audit trail), how callers and ner itself
/// are authenticated, the ocr peer for scanned decrees, decision thresholds, size limits and, optionally,
/// a model file to use instead of the one bundled with the build.
public struct NERConfig: Sendable {
    public var service: ServiceConfig
    public var auth: ServiceAuthSettings
    public var ocrURL: String?
    public var thresholds: DecisionThresholds
    public var limits: TextLimits
    public var maxUploadBytes: Int
    public var modelPath: String?

    public init(
        service: ServiceConfig, auth: ServiceAuthSettings, ocrURL: String?,
        thresholds: DecisionThresholds = DecisionThresholds(), limits: TextLimits = TextLimits(),
        maxUploadBytes: Int = 20 << 20, modelPath: String? = nil
    ) {
        self.service = service
        self.auth = auth
        self.ocrURL = ocrURL
        self.thresholds = thresholds
        self.limits = limits
        self.maxUploadBytes = maxUploadBytes
        self.modelPath = modelPath
    }

    /// Reads `JWKS_URL`, `PERIKSA_SERVICE_SECRET` (with `PEER_OCR_URL`), `PEER_OCR_URL`, `SK_APPROVE_SIMILARITY`, `SK_REJECT_SIMILARITY`,
    /// `NER_MAX_TEXT_CHARS`, `NER_MAX_UPLOAD_BYTES` and `NER_MODEL_PATH` besides the common settings.
    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        let ocrURL = environment.string("PEER_OCR_URL")
        self.init(
            service: try ServiceConfig(name: "ner", defaultPort: 8083, environment: environment),
            auth: try ServiceAuthSettings(service: "ner", callsPeers: ocrURL != nil, environment: environment),
            ocrURL: ocrURL,
            thresholds: DecisionThresholds(
                approve: try environment.double("SK_APPROVE_SIMILARITY", default: 0.9),
                reject: try environment.double("SK_REJECT_SIMILARITY", default: 0.7)),
            limits: TextLimits(maxCharacters: try environment.int("NER_MAX_TEXT_CHARS", default: 200_000)),
            maxUploadBytes: try environment.int("NER_MAX_UPLOAD_BYTES", default: 20 << 20),
            modelPath: environment.string("NER_MODEL_PATH")
        )
    }
}

/// How much text one request may carry. Invariant: a JSON body may be at most
/// `maxCharacters * 4 + 64 KiB` bytes (UTF-8 plus the proposal), so the limit is checked before decoding.
public struct TextLimits: Sendable {
    public var maxCharacters: Int
    public init(maxCharacters: Int = 200_000) { self.maxCharacters = max(1, maxCharacters) }
    public var maxJSONBytes: Int { maxCharacters * 4 + 64 * 1024 }
}
