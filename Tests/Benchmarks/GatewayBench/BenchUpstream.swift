import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The trivial upstream every scenario ends at: a JWKS with the bench's key and a small JSON
/// document route. Runs in the bench process on a loopback port.
struct BenchUpstream {
    let jwks: JWKSDocument

    func application(port: Int) -> some ApplicationProtocol {
        let router = Router()
        let jwksBody = (try? JSONEncoder().encode(jwks)) ?? Data()
        router.get("/.well-known/jwks.json") { _, _ in Self.json(jwksBody) }
        router.get("/v1/documents/:id") { _, _ in Self.json(Data(#"{"id":"bench","status":"done"}"#.utf8)) }
        router.get("/readyz") { _, _ in Self.json(Data(#"{"status":"ready","checks":{}}"#.utf8)) }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
    }

    static func json(_ data: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
