import IngestService
import ServiceKit

/// ingest: accepts documents, stores them durably and runs their pipelines in workers.
@main
struct IngestServer {
    static func main() async throws {
        let app = try await buildApplication(try IngestConfig())
        try await app.runService()
    }
}
