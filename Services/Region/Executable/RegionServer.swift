import RegionService
import ServiceKit

/// region: classifies shipping destinations — the registry matcher arrives with its issue.
@main
struct RegionServer {
    static func main() async throws {
        let app = try await buildApplication(try ServiceConfig(name: "region", defaultPort: 8085))
        try await app.runService()
    }
}
