import AsyncHTTPClient
import Contracts
import Logging
import ServiceKit
import Testing
import Tokens

/// A verifier that cannot fetch the signing keys says so (503, try again) instead of calling a good token forged.
struct JWKSTokenVerifierTests {
    @Test func keysThatCannotBeFetchedAreNotReadyNotAForgery() async throws {
        let fixtures = TokenFixtures()
        let token = try await fixtures.sign(fixtures.claims())
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let closed = "http://127.0.0.1:\(try LoopbackPort.free())/.well-known/jwks.json"
        let verifier = JWKSTokenVerifier(jwksURL: closed, http: http, settings: fixtures.settings, logger: Logger(label: "jwks-test"))
        let error = await apiError { () async throws(APIError) -> Identity in try await verifier.verify(token) }
        try await http.shutdown()
        #expect(error?.status == .serviceUnavailable)
        #expect(error?.code == .notReady)
    }
}
