import HTTPTypes
import Hummingbird
import NIOCore
import NIOCore

/// Records every request's route, status and latency in ``RequestMetrics``.
/// Sits inside ``ErrorEnvelopeMiddleware``'s view: errors are counted with the status they map to.
public struct RequestMetricsMiddleware: RouterMiddleware {
    public typealias Context = ServiceRequestContext
    let metrics: RequestMetrics

    public init(metrics: RequestMetrics) {
        self.metrics = metrics
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let method = request.method.rawValue
        do {
            let response = try await next(request, context)
            record(context: context, method: method, status: response.status.code, since: start)
            return response
        } catch {
            record(context: context, method: method, status: ErrorEnvelopeMiddleware.classify(error).status.code, since: start)
            throw error
        }
    }

    private func record(context: Context, method: String, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.record(route: context.endpointPath ?? "unmatched", method: method, status: status, seconds: seconds)
    }
}
