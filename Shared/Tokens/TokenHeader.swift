import Foundation

/// The unverified header of a compact JWT, read only to choose a key and refuse bad algorithms.
struct TokenHeader: Decodable {
    var alg: String?
    var kid: String?

    init(token: String) throws {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = Self.base64URLDecode(parts[0]) else { throw TokenHeaderError() }
        self = try JSONDecoder().decode(TokenHeader.self, from: data)
    }

    static func base64URLDecode(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}

struct TokenHeaderError: Error {}
