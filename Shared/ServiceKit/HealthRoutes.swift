import Contracts
import HTTPTypes
import Hummingbird
import NIOCore

/// `/healthz` (the process answers), `/readyz` (every dependency answers) and `/metrics`.
public struct HealthRoutes: Sendable {
    let checks: [ReadinessCheck]
    let metrics: RequestMetrics

    public init(checks: [ReadinessCheck], metrics: RequestMetrics) {
        self.checks = checks
        self.metrics = metrics
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.get("/healthz") { _, _ in
            try Response.json(["status": "alive"])
        }
        router.get("/readyz") { _, _ in
            let report = await readiness()
            return try Response.json(report, status: report.isReady ? .ok : .serviceUnavailable)
        }
        router.get("/metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: metrics.render())))
        }
    }

    public func readiness() async -> ReadinessReport {
        await withTaskGroup(of: (String, Bool).self) { group in
            for check in checks {
                group.addTask { (check.name, await check.check()) }
            }
            var results: [String: String] = [:]
            for await (name, ok) in group { results[name] = ok ? "ready" : "unavailable" }
            return ReadinessReport(checks: results)
        }
    }
}
