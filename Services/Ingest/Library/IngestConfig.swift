import ServiceKit
import Tokens

/// ingest's settings: limits, the worker pool and its leases, where its peers are and how it
/// proves itself to them. Invariant: `leaseSeconds` is well above the renewal interval (a third of it).
public struct IngestConfig: Sendable {
    public var service: ServiceConfig
    public var auth: ServiceAuthSettings
    public var maxUploadBytes: Int
    public var workers: Int
    public var leaseSeconds: Int
    public var maxAttempts: Int
    public var retryBaseSeconds: Int
    /// Extra time each pipeline stage waits before it runs; zero in production, set by failure
    /// drills (the kill-a-worker test) to hold a job in `running`.
    public var stageDelayMilliseconds: Int
    /// How long a finished document's uploaded bytes are kept (its result stays).
    public var uploadRetentionHours: Int
    public var peers: [String: String]

    public init(
        service: ServiceConfig, auth: ServiceAuthSettings, maxUploadBytes: Int = 25 << 20,
        workers: Int = 2, leaseSeconds: Int = 30, maxAttempts: Int = 5, retryBaseSeconds: Int = 2,
        stageDelayMilliseconds: Int = 0, uploadRetentionHours: Int = 24, peers: [String: String] = [:]
    ) {
        self.service = service
        self.auth = auth
        self.maxUploadBytes = maxUploadBytes
        self.workers = workers
        self.leaseSeconds = max(3, leaseSeconds)
        self.maxAttempts = max(1, maxAttempts)
        self.retryBaseSeconds = retryBaseSeconds
        self.stageDelayMilliseconds = stageDelayMilliseconds
        self.uploadRetentionHours = max(0, uploadRetentionHours)
        self.peers = peers
    }

    public init(environment: ServiceEnvironment = ServiceEnvironment()) throws(ConfigurationError) {
        var peers: [String: String] = [:]
        for name in ["ocr", "ner", "region"] {
            if let url = environment.string("PEER_\(name.uppercased())_URL") { peers[name] = url }
        }
        self.init(
            service: try ServiceConfig(name: "ingest", defaultPort: 8081, environment: environment),
            auth: try ServiceAuthSettings(service: "ingest", callsPeers: !peers.isEmpty, environment: environment),
            maxUploadBytes: try environment.int("INGEST_MAX_UPLOAD_BYTES", default: 25 << 20),
            workers: try environment.int("INGEST_WORKERS", default: 2),
            leaseSeconds: try environment.int("INGEST_LEASE_SECONDS", default: 30),
            maxAttempts: try environment.int("INGEST_MAX_ATTEMPTS", default: 5),
            retryBaseSeconds: try environment.int("INGEST_RETRY_BASE_SECONDS", default: 2),
            stageDelayMilliseconds: try environment.int("INGEST_STAGE_DELAY_MS", default: 0),
            uploadRetentionHours: try environment.int("INGEST_UPLOAD_RETENTION_HOURS", default: 24),
            peers: peers
        )
    }
}
