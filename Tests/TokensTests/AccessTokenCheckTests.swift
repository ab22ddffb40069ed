import Contracts
import Foundation
import JWTKit
import ServiceKit
import Testing
@testable import Tokens

struct AccessTokenCheckTests {
    let fixtures = TokenFixtures()

    @Test func validTokenGivesTheIdentity() async throws {
        let token = try await fixtures.sign(fixtures.claims())
        let identity = try await checkToken(token, fixtures: fixtures)
        #expect(identity == fixtures.identity)
        #expect(try AccessTokenCheck(settings: fixtures.settings).keyID(of: token) == fixtures.kid)
    }

    @Test func expiredTokenIs401() async throws {
        let claims = fixtures.claims(issuedAt: Date().addingTimeInterval(-3600), lifetime: .seconds(60))
        let token = try await fixtures.sign(claims)
        let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
        #expect(error?.code == .unauthorized)
        #expect(error?.message.contains("expired") == true)
    }

    @Test(arguments: [
        TokenSettings(issuer: "someone-else", audience: "test-audience"),
        TokenSettings(issuer: "test-issuer", audience: "another-audience"),
    ])
    func wrongIssuerOrAudienceIs401(signedWith settings: TokenSettings) async throws {
        let token = try await fixtures.sign(fixtures.claims(settings: settings))
        let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
        #expect(error?.code == .unauthorized)
    }

    @Test func algNoneIs401() async throws {
        let token = try fixtures.handBuilt(header: ["alg": "none", "typ": "JWT", "kid": fixtures.kid], claims: fixtures.claims())
        #expect(token.hasSuffix("."))
        let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
        #expect(error?.message.contains("algorithm") == true)
    }

    @Test func hs256HeaderIs401EvenWithTheRealSignature() async throws {
        let real = try await fixtures.sign(fixtures.claims())
        let signature = String(real.split(separator: ".")[2])
        let token = try fixtures.handBuilt(header: ["alg": "HS256", "typ": "JWT", "kid": fixtures.kid], claims: fixtures.claims(), signature: signature)
        let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
        #expect(error?.message.contains("algorithm") == true)
    }

    @Test func missingOrEmptyKidIs401() async throws {
        for header in [["alg": "ES256", "typ": "JWT"], ["alg": "ES256", "kid": ""]] {
            let token = try fixtures.handBuilt(header: header, claims: fixtures.claims(), signature: "c2ln")
            let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
            #expect(error?.status == .unauthorized)
            #expect(error?.message.contains("names no key") == true)
        }
    }

    @Test func signatureByAnotherKeyWithTheSameKidIs401() async throws {
        let token = try await fixtures.sign(fixtures.claims(), with: ES256PrivateKey(), kid: fixtures.kid)
        #expect(try AccessTokenCheck(settings: fixtures.settings).keyID(of: token) == fixtures.kid)
        let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
        #expect(error?.message.contains("not valid") == true)
    }

    @Test func tamperedPayloadIs401() async throws {
        let token = try await fixtures.sign(fixtures.claims())
        var parts = token.split(separator: ".").map(String.init)
        var admin = fixtures.claims()
        admin.role = .admin
        parts[1] = TokenFixtures.base64URL(try JSONEncoder().encode(admin))
        let error = await apiError { () async throws(APIError) in try await checkToken(parts.joined(separator: "."), fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
    }

    @Test(arguments: ["", "garbage", "a.b.c", "a.b", "....", "eyJhbGciOiJFUzI1NiJ9", "Bearer x.y.z", "%%%.***.!!!"])
    func garbageIs401(token: String) async {
        let error = await apiError { () async throws(APIError) in try await checkToken(token, fixtures: fixtures) }
        #expect(error?.status == .unauthorized)
        #expect(error?.code == .unauthorized)
    }

    @Test func headerReaderDecodesUnpaddedBase64URL() throws {
        let header = try TokenHeader(token: TokenFixtures.base64URL(Data(#"{"alg":"ES256","kid":"k?>"}"#.utf8)) + ".e30.")
        #expect(header.alg == "ES256")
        #expect(header.kid == "k?>")
        #expect(throws: TokenHeaderError.self) { try TokenHeader(token: "only.two") }
    }
}
