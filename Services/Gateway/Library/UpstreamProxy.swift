import AsyncHTTPClient
import Contracts
import HTTPTypes
import Hummingbird
import NIOCore
import NIOCore
import NIOPosix
import ServiceKit

/// Forwards one request to a replica of its upstream. Invariants: a request that never reached
/// a replica (connection refused) is tried on the next one, whatever its method; a request that
/// did reach one is retried elsewhere only when idempotent; a slow upstream is 504, an
/// unreachable one 502, both in the envelope.
public struct UpstreamProxy: Sendable {
    let http: HTTPClient
    let pools: [UpstreamName: UpstreamPool]
    let responseLimit = 64 * 1024 * 1024

    public init(http: HTTPClient, pools: [UpstreamName: UpstreamPool]) {
        self.http = http
        self.pools = pools
    }

    public func forward(_ request: Request, body: ByteBuffer, route: GatewayRoute, context: ServiceRequestContext) async throws -> Response {
        guard let pool = pools[route.upstream] else { throw Self.unavailable(route) }
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        for index in pool.order().prefix(3) {
            var upstreamRequest = HTTPClientRequest(url: pool.urls[index] + target)
            upstreamRequest.method = .init(rawValue: request.method.rawValue)
            upstreamRequest.headers = ForwardedHeaders.toUpstream(request.headers, requestID: context.requestID)
            if body.readableBytes > 0 { upstreamRequest.body = .bytes(body) }
            do {
                let response = try await http.execute(upstreamRequest, timeout: .init(route.timeout))
                let bytes = try await response.body.collect(upTo: responseLimit)
                if response.status.code >= 500 {
                    pool.recordFailure(index)
                    if route.isIdempotent && (response.status == .badGateway || response.status == .serviceUnavailable) { continue }
                } else {
                    pool.recordSuccess(index)
                }
                return Response(
                    status: .init(code: Int(response.status.code)), headers: ForwardedHeaders.toClient(response.headers),
                    body: .init(byteBuffer: bytes))
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
                pool.recordFailure(index)
                context.logger.warning("upstream timed out", metadata: ["upstream": "\(route.upstream.rawValue)", "replica": "\(index)"])
                throw APIError(.gatewayTimeout, .upstreamTimeout, "\(route.upstream.rawValue) did not answer within \(route.timeout)")
            } catch {
                pool.recordFailure(index)
                context.logger.warning("upstream failed", metadata: [
                    "upstream": "\(route.upstream.rawValue)", "replica": "\(index)", "error_type": "\(type(of: error))",
                ])
                if Self.neverSent(error) || route.isIdempotent { continue }
                throw Self.unavailable(route)
            }
        }
        throw Self.unavailable(route)
    }

    static func unavailable(_ route: GatewayRoute) -> APIError {
        APIError(.badGateway, .upstreamUnavailable, "\(route.upstream.rawValue) is unavailable")
    }

    /// Errors that mean the connection was never made, so nothing reached the replica.
    static func neverSent(_ error: any Error) -> Bool {
        if let error = error as? HTTPClientError, error == .connectTimeout { return true }
        if error is NIOConnectionError { return true }
        if let error = error as? IOError, [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode) { return true }
        if case ChannelError.connectTimeout = error { return true }
        return false
    }
}
