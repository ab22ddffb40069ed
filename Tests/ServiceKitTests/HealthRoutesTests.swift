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

    /// Each check reports ready only once it has seen all four started: checks run one after
    /// another would each wait alone and report unavailable. No wall-clock bound, so a loaded
    /// machine cannot fail it.
    @Test func checksRunConcurrently() async throws {
        let started = StartedChecks()
        let checks = (0..<4).map { index in
            ReadinessCheck(name: "slow\(index)") {
                await started.arrive()
                for _ in 0..<400 {
                    if await started.count == 4 { return true }
                    try? await Task.sleep(for: .milliseconds(25))
                }
                return false
            }
        }
        let report = await HealthRoutes(checks: checks, metrics: RequestMetrics(service: "t")).readiness()
        #expect(report.isReady, "\(report.checks)")
    }

    @Test func noChecksMeansReady() {
        #expect(ReadinessReport(checks: [:]).isReady)
        #expect(!ReadinessReport(checks: ["a": "ready", "b": "unavailable"]).isReady)
    }
}

/// How many readiness checks have started.
private actor StartedChecks {
    private(set) var count = 0
    func arrive() { count += 1 }
}
