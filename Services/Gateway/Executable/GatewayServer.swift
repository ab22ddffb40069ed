import GatewayService
import ServiceKit

/// gateway: the one public port in front of every service.
@main
struct GatewayServer {
    static func main() async throws {
        let app = try await buildApplication(try GatewayConfig())
        try await app.runService()
    }
}
