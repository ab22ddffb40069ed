import Foundation
import Synchronization

/// Request counts and latency histograms per route, rendered in Prometheus text format.
/// Invariant: one instance per process, injected (no global registry); labels are route
/// templates (`/v1/documents/{id}`), never raw paths, so cardinality stays bounded.
public final class RequestMetrics: Sendable {
    public static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    struct CounterKey: Hashable { var route: String; var method: String; var status: Int }
    struct HistogramKey: Hashable { var route: String; var method: String }
    struct Histogram { var counts = [Int](repeating: 0, count: RequestMetrics.buckets.count); var sum = 0.0; var count = 0 }
    struct State { var counters: [CounterKey: Int] = [:]; var histograms: [HistogramKey: Histogram] = [:]; var gauges: [String: Double] = [:] }

    private let state = Mutex(State())
    private let service: String

    public init(service: String) {
        self.service = service
    }

    public func record(route: String, method: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.counters[CounterKey(route: route, method: method, status: status), default: 0] += 1
            var histogram = state.histograms[HistogramKey(route: route, method: method)] ?? Histogram()
            for (index, bound) in Self.buckets.enumerated() where seconds <= bound { histogram.counts[index] += 1 }
            histogram.sum += seconds
            histogram.count += 1
            state.histograms[HistogramKey(route: route, method: method)] = histogram
        }
    }

    /// Sets a named gauge (queue depth, open circuits) exported as `periksa_<name>`.
    public func set(gauge name: String, to value: Double) {
        state.withLock { $0.gauges[name] = value }
    }

    public func render() -> String {
        let snapshot = state.withLock { $0 }
        var out = "# HELP periksa_http_requests_total Requests handled, by route, method and status.\n"
        out += "# TYPE periksa_http_requests_total counter\n"
        for (key, value) in snapshot.counters.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            out += "periksa_http_requests_total{service=\"\(service)\",route=\"\(Self.escape(key.route))\",method=\"\(key.method)\",status=\"\(key.status)\"} \(value)\n"
        }
        out += "# HELP periksa_http_request_duration_seconds Request latency, by route and method.\n"
        out += "# TYPE periksa_http_request_duration_seconds histogram\n"
        for (key, histogram) in snapshot.histograms.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            let labels = "service=\"\(service)\",route=\"\(Self.escape(key.route))\",method=\"\(key.method)\""
            for (index, bound) in Self.buckets.enumerated() {
                out += "periksa_http_request_duration_seconds_bucket{\(labels),le=\"\(bound)\"} \(histogram.counts[index])\n"
            }
            out += "periksa_http_request_duration_seconds_bucket{\(labels),le=\"+Inf\"} \(histogram.count)\n"
            out += "periksa_http_request_duration_seconds_sum{\(labels)} \(histogram.sum)\n"
            out += "periksa_http_request_duration_seconds_count{\(labels)} \(histogram.count)\n"
        }
        for (name, value) in snapshot.gauges.sorted(by: { $0.key < $1.key }) {
            out += "# TYPE periksa_\(name) gauge\nperiksa_\(name){service=\"\(service)\"} \(value)\n"
        }
        return out
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
