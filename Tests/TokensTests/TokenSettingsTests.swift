import Foundation
import ServiceKit
import Testing
@testable import Tokens

struct TokenSettingsTests {
    @Test func readsTheEnvironment() throws {
        let settings = try TokenSettings(environment: ServiceEnvironment(["JWT_ISSUER": "i", "JWT_AUDIENCE": "a", "JWT_TTL_SECONDS": "90"]))
        #expect(settings.issuer == "i")
        #expect(settings.audience == "a")
        #expect(settings.lifetime == .seconds(90))
        #expect(throws: ConfigurationError.self) { try TokenSettings(environment: ServiceEnvironment(["JWT_TTL_SECONDS": "soon"])) }
    }

    @Test func claimsCarryLifetimeAndAudience() {
        let settings = TokenSettings(issuer: "i", audience: "a", lifetime: .seconds(120))
        let issued = Date(timeIntervalSince1970: 1_000_000)
        let claims = AccessClaims(identity: identity, settings: settings, issuedAt: issued)
        #expect(claims.exp.value == issued.addingTimeInterval(120))
        #expect(claims.aud.value == ["a"])
        #expect(claims.identity == identity)
    }

    let identity = Identity(userID: "u", username: "bob", role: .kiosk)
}
