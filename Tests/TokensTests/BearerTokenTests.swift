import HTTPTypes
import Hummingbird
import NIOCore
import Testing
import Tokens

struct BearerTokenTests {
    func request(authorization: String?) -> Request {
        var fields = HTTPFields()
        if let authorization { fields[.authorization] = authorization }
        let head = HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: "/", headerFields: fields)
        return Request(head: head, body: .init(buffer: ByteBuffer()))
    }

    @Test func readsTheBearerToken() {
        #expect(request(authorization: "Bearer abc.def.ghi").bearerToken == "abc.def.ghi")
        #expect(request(authorization: "bearer  tok ").bearerToken == "tok")
    }

    @Test(arguments: [nil, "", "Bearer", "Bearer   ", "Basic dXNlcjpwYXNz", "Token abc"])
    func noTokenOtherwise(authorization: String?) {
        #expect(request(authorization: authorization).bearerToken == nil)
    }
}
