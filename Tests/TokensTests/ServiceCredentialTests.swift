import ServiceKit
import Testing
@testable import Tokens

struct ServiceCredentialTests {
    let secret = String(repeating: "s", count: 40)

    @Test func faceAuthIsFoundFromTheJWKSAddressOrNamed() throws {
        let derived = try ServiceCredential(service: "ingest", environment: ServiceEnvironment([
            "PERIKSA_SERVICE_SECRET": secret, "JWKS_URL": "http://face-auth:8084/.well-known/jwks.json"]))
        #expect(derived.issuerURL == "http://face-auth:8084")
        #expect(derived.service == "ingest")
        let named = try ServiceCredential(service: "ner", environment: ServiceEnvironment([
            "PERIKSA_SERVICE_SECRET": secret, "JWKS_URL": "http://keys/jwks", "PEER_FACE_AUTH_URL": "http://auth:1"]))
        #expect(named.issuerURL == "http://auth:1")
        #expect(throws: ConfigurationError.self) {
            try ServiceCredential(service: "ner", environment: ServiceEnvironment(["PERIKSA_SERVICE_SECRET": secret, "JWKS_URL": "http://keys/jwks"]))
        }
    }

    @Test func aShortOrMissingSecretIsRefusedAtStart() {
        #expect(throws: ConfigurationError.self) {
            try ServiceCredential(service: "ingest", secret: String(repeating: "s", count: 31), issuerURL: "http://a")
        }
        #expect(throws: ConfigurationError.self) {
            try ServiceAuthSettings(service: "region", callsPeers: true, environment: ServiceEnvironment(["JWKS_URL": "http://a/.well-known/jwks.json"]))
        }
    }

    @Test func aServiceThatCallsNoPeerNeedsNoSecret() throws {
        let settings = try ServiceAuthSettings(service: "ocr", callsPeers: false, environment: ServiceEnvironment(["JWKS_URL": "http://a/.well-known/jwks.json"]))
        #expect(settings.credential == nil)
        #expect(settings.jwksURL == "http://a/.well-known/jwks.json")
        #expect(throws: ConfigurationError.self) { try ServiceAuthSettings(service: "ocr", callsPeers: false, environment: ServiceEnvironment([:])) }
    }
}
