import HTTPTypes
import NIOHTTP1

/// Which headers cross the gateway. Hop-by-hop headers stay behind; the request id is ours.
enum ForwardedHeaders {
    static let hopByHop: Set<String> = [
        "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization",
        "proxy-authenticate", "host", "content-length", "x-request-id",
    ]

    static func toUpstream(_ fields: HTTPFields, requestID: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for field in fields where !hopByHop.contains(field.name.canonicalName) {
            headers.add(name: field.name.canonicalName, value: field.value)
        }
        headers.add(name: "X-Request-ID", value: requestID)
        return headers
    }

    static func toClient(_ headers: HTTPHeaders) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in headers where !hopByHop.contains(name.lowercased()) {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        return fields
    }
}
