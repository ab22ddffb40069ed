import Contracts
import Testing

/// `POST /v1/documents` and `GET /v1/documents/{id}` against DESIGN.md.
struct DocumentContractsTests {
    static let statusKeys: Set<String> = ["id", "type", "status", "result"]

    @Test func accepted() throws {
        let accepted = try FixtureRoundTrip.check("documents-accepted", as: DocumentAccepted.self, designKeys: ["id", "status"])
        #expect(accepted.status == .queued)
    }

    @Test func doneCarriesTheResult() throws {
        let status = try FixtureRoundTrip.check("documents-status-done", as: DocumentStatus.self, designKeys: Self.statusKeys)
        #expect(status.status == .done)
        #expect(status.result?["pages"]?.numberValue == 2)
        #expect(status.attempts == [JobAttempt(attempt: 1, outcome: "done", error: nil)])
    }

    @Test func queuedHasAnExplicitNullResult() throws {
        let status = try FixtureRoundTrip.check("documents-status-queued", as: DocumentStatus.self, designKeys: Self.statusKeys)
        #expect(status.result == nil)
        #expect(try FixtureRoundTrip.keys(of: status).isSuperset(of: Self.statusKeys))
    }

    @Test func failedCarriesTheReason() throws {
        let status = try FixtureRoundTrip.check("documents-status-failed", as: DocumentStatus.self, designKeys: Self.statusKeys)
        #expect(status.status == .failed)
        #expect(status.error?.contains("gave up") == true)
        #expect(status.attempts.map(\.outcome) == ["retry", "lease_expired"])
    }

    @Test func statesAreTheDesignedOnes() {
        #expect(["queued", "running", "done", "failed"].allSatisfy { DocumentState(rawValue: $0) != nil })
        #expect(FixtureRoundTrip.rejects(#"{"id":"x","status":"pending"}"#, as: DocumentAccepted.self))
    }

    @Test func rawSummaryLeavesOutWhatItDidNotMeasure() throws {
        let image = RawDocumentSummary(kind: "png", bytes: 10, width: 3, height: 2)
        #expect(try FixtureRoundTrip.keys(of: image) == ["kind", "bytes", "width", "height"])
    }
}
