import AsyncHTTPClient
import ServiceKit

extension ReadinessCheck {
    /// Ready when the upstream replica's own `/readyz` answers 200 within two seconds.
    static func upstream(name: String, url: String, http: HTTPClient) -> ReadinessCheck {
        ReadinessCheck(name: name) {
            var request = HTTPClientRequest(url: url + "/readyz")
            request.method = .GET
            guard let response = try? await http.execute(request, timeout: .seconds(2)) else { return false }
            _ = try? await response.body.collect(upTo: 1 << 16)
            return response.status == .ok
        }
    }
}
