import NERService
import ServiceKit

/// ner: finds entities in decree text — the trained model arrives with its issue.
@main
struct NERServer {
    static func main() async throws {
        let app = try await buildApplication(try ServiceConfig(name: "ner", defaultPort: 8083))
        try await app.runService()
    }
}
