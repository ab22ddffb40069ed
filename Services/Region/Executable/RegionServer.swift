import RegionService
import ServiceKit

/// region: decides REG_JAWA / REG_LUARJAWA from a shipping receipt's recipient address.
@main
struct RegionServer {
    static func main() async throws {
        let app = try await buildApplication(try RegionConfig())
        try await app.runService()
    }
}
