import ServiceKit
import Testing
@testable import Tokens

/// Per-service secrets beside the shared one: how they are read, which one a service must show.
struct ServiceSecretsTests {
    let shared = String(repeating: "s", count: 40)
    let own = String(repeating: "o", count: 40)

    @Test func aServicesOwnVariableOverridesTheSharedSecretForThatServiceOnly() throws {
        let secrets = try ServiceSecrets(environment: ServiceEnvironment([
            "PERIKSA_SERVICE_SECRET": shared, "PERIKSA_SERVICE_SECRET_NER": own, "PERIKSA_SERVICE_SECRET_FACE_AUTH": own + "x"]))
        #expect(secrets.secret(for: "ner") == own)
        #expect(secrets.secret(for: "ingest") == shared)
        #expect(secrets.secret(for: "face-auth") == own + "x")
        #expect(ServiceSecrets.variable(for: "face-auth") == "PERIKSA_SERVICE_SECRET_FACE_AUTH")
    }

    @Test func withoutASharedSecretOnlyNamedServicesHaveOne() throws {
        let secrets = try ServiceSecrets(environment: ServiceEnvironment(["PERIKSA_SERVICE_SECRET_REGION": own]))
        #expect(!secrets.isEmpty)
        #expect(secrets.secret(for: "region") == own)
        #expect(secrets.secret(for: "ingest") == nil)
        #expect(try ServiceSecrets(environment: ServiceEnvironment([:])).isEmpty)
    }

    @Test func aShortSecretAnywhereIsRefusedAtStart() {
        #expect(throws: ConfigurationError.self) {
            try ServiceSecrets(environment: ServiceEnvironment(["PERIKSA_SERVICE_SECRET": shared, "PERIKSA_SERVICE_SECRET_NER": "short"]))
        }
        #expect(throws: ConfigurationError.self) { try ServiceSecrets(environment: ServiceEnvironment(["PERIKSA_SERVICE_SECRET": "short"])) }
    }

    @Test func theCallerShowsItsOwnSecretWhenItHasOne() throws {
        let environment = ServiceEnvironment([
            "PERIKSA_SERVICE_SECRET": shared, "PERIKSA_SERVICE_SECRET_INGEST": own, "JWKS_URL": "http://face-auth:8084/.well-known/jwks.json"])
        #expect(try ServiceCredential(service: "ingest", environment: environment).secret == own)
        #expect(try ServiceCredential(service: "region", environment: environment).secret == shared)
    }
}
