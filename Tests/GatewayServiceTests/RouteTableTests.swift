import Contracts
import HTTPTypes
import Testing
@testable import GatewayService

struct RouteTableTests {
    /// The public API of DESIGN.md.
    static let designed: [(HTTPRequest.Method, String)] = [
        (.post, "/v1/auth/login"), (.get, "/.well-known/jwks.json"), (.post, "/v1/users"),
        (.post, "/v1/ktp/extract"), (.post, "/v1/ner/extract"), (.post, "/v1/sk/validate"),
        (.post, "/v1/transcripts/verify"), (.post, "/v1/regions/classify"),
        (.post, "/v1/faces/enroll"), (.post, "/v1/faces/verify"), (.post, "/v1/faces/identify"),
        (.post, "/v1/attendance/check-in"), (.get, "/v1/attendance"),
        (.post, "/v1/documents"), (.get, "/v1/documents/:id"),
    ]

    func route(_ method: HTTPRequest.Method, _ path: String) -> GatewayRoute? {
        RouteTable.standard.first { $0.method == method && $0.path == path }
    }

    @Test func coversEveryPublicPathOfTheDesign() {
        for (method, path) in Self.designed {
            #expect(route(method, path) != nil, "missing \(method) \(path)")
        }
    }

    /// Public means the route authenticates by what it is sent (a password, a kiosk credential,
    /// a face with a username) or serves only public keys.
    @Test func onlyCredentialExchangesAndJWKSArePublic() {
        let open = RouteTable.standard.filter { $0.roles == nil }.map { "\($0.method) \($0.path)" }
        #expect(Set(open) == ["POST /v1/auth/login", "GET /.well-known/jwks.json", "POST /v1/kiosks/token", "POST /v1/auth/face-login"])
        #expect(RouteTable.standard.allSatisfy { $0.roles.map { !$0.isEmpty } ?? true })
    }

    @Test func routesAreUnique() {
        let keys = RouteTable.standard.map { "\($0.method) \($0.path)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test func rolesFollowTheDesign() throws {
        #expect(try #require(route(.post, "/v1/users")).roles == [.admin])
        #expect(try #require(route(.post, "/v1/attendance/check-in")).roles?.contains(.kiosk) == true)
        #expect(try #require(route(.post, "/v1/documents")).roles?.contains(.applicant) == true)
        #expect(try #require(route(.post, "/v1/faces/enroll")).roles?.contains(.kiosk) == false)
        #expect(try #require(route(.post, "/v1/auth/login")).upstream == .faceAuth)
        #expect(try #require(route(.post, "/v1/ktp/extract")).upstream == .ocr)
        #expect(try #require(route(.post, "/v1/regions/classify")).upstream == .region)
        #expect(try #require(route(.delete, "/v1/faces/:user_id")).roles == Role.staff)
        #expect(RouteTable.standard.allSatisfy { $0.roles?.contains(.service) != true }, "a service token opens no public route")
    }

    @Test func uploadsMayBeLargeButLoginMayNot() throws {
        #expect(try #require(route(.post, "/v1/ktp/extract")).bodyLimit >= 10 * 1024 * 1024)
        #expect(try #require(route(.post, "/v1/auth/login")).bodyLimit <= 64 * 1024)
        #expect(try #require(route(.get, "/v1/documents/:id")).isIdempotent)
        #expect(try #require(route(.post, "/v1/documents")).isIdempotent == false)
    }
}
