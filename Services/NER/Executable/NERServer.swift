import NERService
import ServiceKit

/// ner: finds the entities of decrees (SK kenaikan pangkat) and validates proposed updates against them.
@main
struct NERServer {
    static func main() async throws {
        let app = try await buildApplication(try NERConfig())
        try await app.runService()
    }
}
