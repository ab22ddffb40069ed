import Contracts
import Foundation
import JWTKit
import ServiceKit
import Testing
import Tokens
@testable import FaceAuthService

struct KeyRingTests {
    let settings = TokenSettings(issuer: "face-auth-test", audience: "periksa-test", lifetime: .seconds(600))
    let identity = Identity(userID: "7d3c", username: "siti", role: .employee)

    func claims() -> AccessClaims {
        AccessClaims(identity: identity, settings: settings, issuedAt: Date())
    }

    func kid(of token: String) throws -> String {
        try AccessTokenCheck(settings: settings).keyID(of: token)
    }

    @Test func signsTokensItVerifies() async throws {
        let store = InMemorySigningKeyStore()
        let ring = KeyRing(store: store, settings: settings)
        let token = try await ring.sign(claims())
        #expect(try await ring.verify(token) == identity)
        let active = try #require(await store.records.first)
        #expect(try kid(of: token) == active.kid)
        #expect(await store.created == 1)
    }

    @Test func jwksListsTheActiveKey() async throws {
        let store = InMemorySigningKeyStore()
        let ring = KeyRing(store: store, settings: settings)
        try await ring.load()
        let document = try await ring.jwks()
        let active = try #require(await store.records.first)
        #expect(document.keys.map(\.kid) == [active.kid])
        let key = try #require(document.keys.first)
        #expect(key.kty == "EC" && key.crv == "P-256" && key.alg == "ES256")
        let pem = try ES256PrivateKey(pem: active.privatePEM)
        #expect(key.x == pem.parameters?.x)
        #expect(key.y == pem.parameters?.y)
    }

    @Test func rotationKeepsOldTokensAlive() async throws {
        let store = InMemorySigningKeyStore()
        let ring = KeyRing(store: store, settings: settings)
        let before = try await ring.sign(claims())
        let oldKid = try kid(of: before)
        let rotation = try await ring.rotate()
        #expect(rotation.retiredKids == [oldKid])
        #expect(rotation.kid != oldKid)
        #expect(try await ring.verify(before) == identity)
        let after = try await ring.sign(claims())
        #expect(try kid(of: after) == rotation.kid)
        #expect(try await ring.verify(after) == identity)
        let kids = Set(try await ring.jwks().keys.map(\.kid))
        #expect(kids == [oldKid, rotation.kid])
    }

    @Test func keysRetiredLongAgoAreDropped() async throws {
        let store = InMemorySigningKeyStore()
        let ring = KeyRing(store: store, settings: settings)
        let old = try await ring.sign(claims())
        let oldKid = try kid(of: old)
        _ = try await ring.rotate()
        await store.retire(oldKid, at: Date().addingTimeInterval(-7200))
        try await ring.load()
        #expect(try await ring.jwks().keys.map(\.kid).contains(oldKid) == false)
        await #expect(throws: APIError.self) { try await ring.verify(old) }
    }

    @Test func refusesTokensFromAForeignKey() async throws {
        let ring = KeyRing(store: InMemorySigningKeyStore(), settings: settings)
        let activeKid = try kid(of: try await ring.sign(claims()))
        for foreignKid in ["someone-else", activeKid] {
            let foreign = JWTKeyCollection()
            await foreign.add(ecdsa: ES256PrivateKey(), kid: JWKIdentifier(string: foreignKid))
            let token = try await foreign.sign(claims(), kid: JWKIdentifier(string: foreignKid))
            do {
                _ = try await ring.verify(token)
                Issue.record("a token signed by a foreign key (kid \(foreignKid)) was accepted")
            } catch {
                #expect(error.status == .unauthorized)
            }
        }
    }

    @Test func refusesAnotherIssuersToken() async throws {
        let ring = KeyRing(store: InMemorySigningKeyStore(), settings: settings)
        let other = KeyRing(store: InMemorySigningKeyStore(), settings: TokenSettings(issuer: "x", audience: "periksa-test"))
        let token = try await other.sign(AccessClaims(identity: identity, settings: TokenSettings(issuer: "x"), issuedAt: Date()))
        await #expect(throws: APIError.self) { try await ring.verify(token) }
    }
}
