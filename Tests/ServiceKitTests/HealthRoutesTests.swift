import Contracts
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import ServiceKit

/// `/healthz` says the process answers; `/readyz` asks every dependency.
struct HealthRoutesTests {
    @Test func healthzIsAliveWithoutAskingDependencies() async throws {
        let failing = ReadinessCheck(name: "database") { false }
        try await RouterHarness.test(checks: [failing]) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(try RouterHarness.json(response)["status"] == .string("alive"))
        }
    }

    @Test func readyWhenEveryCheckPasses() async throws {
        let checks = [ReadinessCheck(name: "database") { true }, ReadinessCheck(name: "ocr http://a") { true }]
        try await RouterHarness.test(checks: checks) { client in
            let response = try await client.execute(uri: "/readyz", method: .get)
            #expect(response.status == .ok)
            let report = try JSONDecoder().decode(ReadinessReport.self, from: Data(buffer: response.body))
            #expect(report.status == "ready")
            #expect(report.checks == ["database": "ready", "ocr http://a": "ready"])
        }
    }

    @Test func notReadyNamesTheFailingDependency() async throws {
        let checks = [ReadinessCheck(name: "database") { true }, ReadinessCheck(name: "ner") { false }]
        try await RouterHarness.test(checks: checks) { client in
            let response = try await client.execute(uri: "/readyz", method: .get)
            #expect(response.status == .serviceUnavailable)
            let report = try JSONDecoder().decode(ReadinessReport.self, from: Data(buffer: response.body))
            #expect(report.status == "not_ready")
            #expect(report.checks["ner"] == "unavailable")
            #expect(report.checks["database"] == "ready")
        }
    }

    @Test func checksRunConcurrently() async throws {
        let slow = (0..<4).map { index in
            ReadinessCheck(name: "slow\(index)") {
                try? await Task.sleep(for: .milliseconds(400))
                return true
            }
        }
        let routes = HealthRoutes(checks: slow, metrics: RequestMetrics(service: "t"))
        let started = ContinuousClock.now
        let report = await routes.readiness()
        #expect(report.isReady)
        #expect(ContinuousClock.now - started < .milliseconds(1400), "four 400 ms checks should overlap")
    }

    @Test func noChecksMeansReady() {
        #expect(ReadinessReport(checks: [:]).isReady)
        #expect(!ReadinessReport(checks: ["a": "ready", "b": "unavailable"]).isReady)
    }
}
