import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import ServiceKit

/// `/metrics`: request counts and latency histograms per route template, Prometheus text format.
struct MetricsTests {
    /// The value of the sample line that starts with `series` (name plus labels), or nil.
    static func sample(_ text: String, _ series: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }

    @Test func countsPerRouteTemplateAndStatus() async throws {
        let metrics = RequestMetrics(service: "svc")
        try await RouterHarness.test(metrics: metrics) { client in
            for id in ["1", "2", "3"] { _ = try await client.execute(uri: "/things/\(id)", method: .get) }
            _ = try await client.execute(uri: "/conflict", method: .get)
            _ = try await client.execute(uri: "/leak", method: .get)
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = String(buffer: response.body)
            #expect(text.contains("# TYPE periksa_http_requests_total counter"))
            #expect(text.contains("# TYPE periksa_http_request_duration_seconds histogram"))
            let things = #"route="/things/{id}",method="GET""#
            #expect(Self.sample(text, #"periksa_http_requests_total{service="svc",\#(things),status="200"}"#) == 3)
            #expect(Self.sample(text, #"periksa_http_requests_total{service="svc",route="/conflict",method="GET",status="409"}"#) == 1)
            #expect(Self.sample(text, #"periksa_http_requests_total{service="svc",route="/leak",method="GET",status="500"}"#) == 1)
            #expect(Self.sample(text, #"periksa_http_request_duration_seconds_count{service="svc",\#(things)}"#) == 3)
            #expect(Self.sample(text, #"periksa_http_request_duration_seconds_bucket{service="svc",\#(things),le="+Inf"}"#) == 3)
            #expect(!text.contains("/things/1"), "raw paths would make cardinality unbounded")
        }
    }

    @Test func histogramBucketsAreCumulative() {
        let metrics = RequestMetrics(service: "s")
        for seconds in [0.001, 0.02, 0.02, 0.3, 7.0, 30.0] {
            metrics.record(route: "/r", method: "POST", status: 200, seconds: seconds)
        }
        let text = metrics.render()
        let labels = #"service="s",route="/r",method="POST""#
        let expected: [(String, Double)] = [("0.005", 1), ("0.025", 3), ("0.25", 3), ("0.5", 4), ("5.0", 4), ("10.0", 5), ("+Inf", 6)]
        for (bound, count) in expected {
            #expect(Self.sample(text, "periksa_http_request_duration_seconds_bucket{\(labels),le=\"\(bound)\"}") == count, "le=\(bound)")
        }
        var previous = 0.0
        for bound in RequestMetrics.buckets {
            let value = Self.sample(text, "periksa_http_request_duration_seconds_bucket{\(labels),le=\"\(bound)\"}") ?? -1
            #expect(value >= previous, "bucket \(bound) is not cumulative")
            previous = value
        }
        let sum = Self.sample(text, "periksa_http_request_duration_seconds_sum{\(labels)}") ?? 0
        #expect(abs(sum - 37.341) < 1e-9)
        #expect(Self.sample(text, "periksa_http_request_duration_seconds_count{\(labels)}") == 6)
    }

    @Test func gaugesAndEscapedLabels() {
        let metrics = RequestMetrics(service: "s")
        metrics.set(gauge: "queue_depth", to: 12)
        metrics.record(route: #"/a"b\c"#, method: "GET", status: 200, seconds: 0)
        let text = metrics.render()
        #expect(Self.sample(text, #"periksa_queue_depth{service="s"}"#) == 12)
        #expect(text.contains(#"route="/a\"b\\c""#))
    }

    @Test func everyLineIsACommentOrASample() {
        let metrics = RequestMetrics(service: "s")
        metrics.record(route: "/x", method: "GET", status: 404, seconds: 0.1)
        for line in metrics.render().split(separator: "\n") {
            let isSample = line.range(of: #"^[a-z_]+\{[^}]*\} -?[0-9.e+-]+$"#, options: .regularExpression) != nil
            #expect(line.hasPrefix("# ") || isSample, "\(line)")
        }
    }
}
