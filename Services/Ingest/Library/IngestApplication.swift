import Foundation
import AsyncHTTPClient
import Hummingbird
import Logging
import PostgresNIO
import ServiceKit
import ServiceLifecycle
import Tokens

/// The pipelines this build knows; a type whose peer is not configured is not offered. Every
/// peer call carries ingest's own service token from `credentials`.
public func standardPipelines(_ config: IngestConfig, http: HTTPClient, credentials: (any BearerSource)?) -> PipelineRegistry {
    var registry = PipelineRegistry()
    registry.register("raw", RawPipeline(stageDelay: .milliseconds(config.stageDelayMilliseconds)))
    func peer(_ url: String, _ seconds: Int64) -> PeerClient {
        PeerClient(http: http, baseURL: url, timeout: .seconds(seconds), credentials: credentials)
    }
    if let ocr = config.peers["ocr"] {
        registry.register("ktp", KTPPipeline(ocr: peer(ocr, 60)))
        registry.register("khs", KHSPipeline(ocr: peer(ocr, 120)))
    }
    if let ner = config.peers["ner"] { registry.register("sk", SKPipeline(ner: peer(ner, 180))) }
    if let region = config.peers["region"] { registry.register("receipt", ReceiptPipeline(region: peer(region, 90))) }
    return registry
}

/// Wires ingest: stores, the upload and status routes, and the worker pool.
public func buildApplication(_ config: IngestConfig) async throws -> some ApplicationProtocol {
    let logger = config.service.makeLogger()
    guard let url = config.service.databaseURL else { throw ConfigurationError(variable: "DATABASE_URL", reason: "is required by ingest") }
    let client = PostgresClient(configuration: try DatabaseURL(url).configuration, backgroundLogger: logger)
    let httpService = HTTPClientService()
    let documents = PostgresDocumentStore(client: client, logger: logger)
    let blobs = PostgresBlobStore(client: client, logger: logger)
    let queue = PostgresJobQueue(client: client, logger: logger)
    let registry = standardPipelines(config, http: httpService.client, credentials: config.auth.credentials(http: httpService.client, logger: logger))
    let verifier = config.auth.verifier(http: httpService.client, logger: logger)

    let metrics = RequestMetrics(service: config.service.name)
    let router = ServiceRouter.make(checks: [.database(client, logger: logger)], metrics: metrics)
    router.add(middleware: BearerAuthMiddleware(verifier: verifier))
    DocumentController(store: documents, blobs: blobs, registry: registry, maxUploadBytes: config.maxUploadBytes).addRoutes(to: router)
    let recruitments = PostgresRecruitmentStore(client: client, logger: logger)
    let applications = PostgresApplicationStore(client: client, logger: logger)
    RecruitmentController(recruitments: recruitments).addRoutes(to: router)
    ApplicationController(
        recruitments: recruitments, applications: applications, blobs: blobs, registry: registry, maxUploadBytes: config.maxUploadBytes
    ).addRoutes(to: router)
    ApplicationReviewController(recruitments: recruitments, applications: applications).addRoutes(to: router)

    let host = ProcessInfo.processInfo.hostName
    let pid = ProcessInfo.processInfo.processIdentifier
    let backoff = BackoffPolicy(base: .seconds(config.retryBaseSeconds), maxAttempts: config.maxAttempts)
    let workers: [any Service] = (0..<max(0, config.workers)).map { index in
        JobWorker(
            name: "\(host):\(pid):\(index)", queue: queue, blobs: blobs, registry: registry,
            lease: .seconds(config.leaseSeconds), backoff: backoff, logger: logger)
    }
    return ServiceApplication.make(
        router: router, config: config.service, logger: logger,
        services: [
            client, httpService, QueueDepthGauge(queue: queue, metrics: metrics, interval: .seconds(5), logger: logger),
            UploadRetention(blobs: blobs, retention: .seconds(config.uploadRetentionHours * 3600), interval: .seconds(600), logger: logger),
        ] + workers,
        beforeStart: [{ try await IngestMigrations.all.run(on: client, logger: logger) }]
    )
}
