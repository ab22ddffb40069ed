import ServiceKit
import Testing
@testable import GatewayService

struct GatewayConfigTests {
    static let complete = [
        "UPSTREAM_INGEST": "http://127.0.0.1:8081",
        "UPSTREAM_OCR": " http://127.0.0.1:8082 , http://127.0.0.1:9082/,, ",
        "UPSTREAM_NER": "http://127.0.0.1:8083",
        "UPSTREAM_FACE_AUTH": "http://127.0.0.1:8084,http://127.0.0.1:9084",
        "UPSTREAM_REGION": "http://127.0.0.1:8085",
    ]

    @Test func readsEveryUpstreamAndSplitsLists() throws {
        let config = try GatewayConfig(environment: ServiceEnvironment(Self.complete))
        #expect(config.upstreams.count == UpstreamName.allCases.count)
        #expect(config.upstreams[.ocr] == ["http://127.0.0.1:8082", "http://127.0.0.1:9082/"])
        #expect(config.upstreams[.faceAuth] == ["http://127.0.0.1:8084", "http://127.0.0.1:9084"])
        #expect(config.upstreams[.ingest] == ["http://127.0.0.1:8081"])
        #expect(config.jwksURL == "http://127.0.0.1:8084/.well-known/jwks.json")
        #expect(config.service.port == 8080)
        #expect(config.service.name == "gateway")
        #expect(config.routes.count == RouteTable.standard.count)
    }

    @Test func explicitSettingsWin() throws {
        var values = Self.complete
        values["JWKS_URL"] = "http://keys.local/jwks.json"
        values["PORT"] = "9999"
        values["JWT_AUDIENCE"] = "other"
        let config = try GatewayConfig(environment: ServiceEnvironment(values))
        #expect(config.jwksURL == "http://keys.local/jwks.json")
        #expect(config.service.port == 9999)
        #expect(config.tokens.audience == "other")
    }

    @Test(arguments: ["UPSTREAM_INGEST", "UPSTREAM_OCR", "UPSTREAM_NER", "UPSTREAM_FACE_AUTH", "UPSTREAM_REGION"])
    func missingUpstreamIsAConfigurationError(variable: String) {
        for value in [nil, "", " , ,"] as [String?] {
            var values = Self.complete
            values[variable] = value
            do {
                _ = try GatewayConfig(environment: ServiceEnvironment(values))
                Issue.record("\(variable)=\(value ?? "unset") was accepted")
            } catch {
                #expect(error.variable == variable)
            }
        }
    }

    @Test func environmentKeysFollowTheUpstreamNames() {
        #expect(UpstreamName.faceAuth.environmentKey == "UPSTREAM_FACE_AUTH")
        #expect(UpstreamName.ocr.environmentKey == "UPSTREAM_OCR")
    }

    @Test func malformedPortIsAnError() {
        var values = Self.complete
        values["PORT"] = "eighty"
        #expect(throws: ConfigurationError.self) { try GatewayConfig(environment: ServiceEnvironment(values)) }
    }
}
