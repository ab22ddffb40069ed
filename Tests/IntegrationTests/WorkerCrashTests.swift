import Contracts
import Foundation
import Testing

/// A worker killed mid-job loses nothing: its lease expires and a new process finishes the job
/// exactly once. A dead upstream is a 502 in the envelope.
@Suite(.enabled(if: TestEnvironment.available), .serialized)
struct WorkerCrashTests {
    @Test func killedIngestLosesNoJob() async throws {
        // The job sleeps 20 s so the kill lands mid-job even when CI's two cores are busy starting
        // other clusters (with 4 s, a starved poll once saw `running` after the job had finished).
        let slowWorker = ["INGEST_STAGE_DELAY_MS": "20000", "INGEST_LEASE_SECONDS": "3", "INGEST_WORKERS": "1"]
        try await withCluster("crash", overrides: ["ingest": slowWorker]) { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            let id = try await upload(client, token: admin, TestFiles.png(width: 9, height: 9), contentType: "image/png")

            let deadline = ContinuousClock.now + .seconds(30)
            var status = DocumentState.queued
            while status != .running, ContinuousClock.now < deadline {
                status = try await client.get("/v1/documents/\(id)", token: admin).decode(DocumentStatus.self).status
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(status == .running)
            cluster.kill9("ingest")
            let unfinished = "SELECT count(*) FROM ingest.job_attempts WHERE document_id = '\(id)' AND outcome IS NULL"
            #expect(try cluster.sql(unfinished) == "1", "the kill must land while the first attempt runs")
            #expect(try await client.get("/v1/documents/\(id)", token: admin).status == 502)
            try cluster.launch("ingest")
            try await cluster.waitUntilReady()

            let done = try await client.waitForDocument(id, token: admin, timeout: .seconds(120))
            #expect(done.status == .done)
            #expect(done.attempts.map(\.outcome) == ["lease_expired", "done"])
            #expect(try cluster.sql("SELECT count(*) FROM ingest.job_attempts WHERE document_id = '\(id)' AND outcome = 'done'") == "1")
        }
    }

    @Test func deadUpstreamIsBadGateway() async throws {
        try await withCluster("down") { cluster in
            let client = HTTPTestClient(base: cluster.gatewayURL)
            let admin = try await client.login("admin", cluster.adminPassword)
            cluster.kill9("region")
            let response = try await client.post("/v1/regions/classify", json: RegionClassifyRequest(text: "Jl. Merdeka 1, Bandung 40111"), token: admin)
            #expect(response.status == 502)
            #expect(response.envelope?.error.code == "upstream_unavailable")
            let ready = try await client.get("/readyz")
            #expect(ready.status == 503)
            #expect(try ready.decode(ReadinessReport.self).checks.contains { $0.key.hasPrefix("region") && $0.value == "unavailable" })
        }
    }
}
