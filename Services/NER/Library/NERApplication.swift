import AsyncHTTPClient
import DecreeEntities
import Hummingbird
import PostgresNIO
import ServiceKit
import Tokens

/// Wires the ner service: the entity model, its schema (decision audit trail), token
/// verification, the ocr peer for scanned decrees and the extract/validate routes.
public func buildApplication(_ config: NERConfig) async throws -> some ApplicationProtocol {
    let logger = config.service.makeLogger()
    guard let url = config.service.databaseURL else { throw ConfigurationError(variable: "DATABASE_URL", reason: "is required by ner (decision audit trail)") }
    let client = PostgresClient(configuration: try DatabaseURL(url).configuration, backgroundLogger: logger)
    let httpService = HTTPClientService()
    let model = try DecreeModelSource.load(path: config.modelPath)
    logger.info("entity model loaded", metadata: ["version": "\(model.version)", "features": "\(model.featureCount)"])
    let validator = SKValidator(
        extractor: DecreeEntityExtractor(model: model), comparison: SKComparison(thresholds: config.thresholds),
        store: PostgresDecisionStore(client: client, logger: logger), limits: config.limits)
    let credentials = config.auth.credentials(http: httpService.client, logger: logger)
    let recognizer = config.ocrURL.map { OCRPeerRecognizer(peer: PeerClient(http: httpService.client, baseURL: $0, timeout: .seconds(60), credentials: credentials)) }

    let router = ServiceRouter.make(checks: [.database(client, logger: logger)], metrics: RequestMetrics(service: config.service.name))
    router.add(middleware: BearerAuthMiddleware(verifier: config.auth.verifier(http: httpService.client, logger: logger)))
    NERController(
        validator: validator, reader: DecreeDocumentReader(recognizer: recognizer), limits: config.limits,
        maxUploadBytes: config.maxUploadBytes
    ).addRoutes(to: router)
    return ServiceApplication.make(
        router: router, config: config.service, logger: logger, services: [client, httpService],
        beforeStart: [{ try await NERMigrations.all.run(on: client, logger: logger) }]
    )
}
