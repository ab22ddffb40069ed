import AsyncHTTPClient
import CLeptonica
import Contracts
import Foundation
import NIOCore
import NIOHTTP1
import ServiceKit

/// Check-in latency end to end through a running gateway (deploy/local/up or a bench stack):
/// creates an employee, enrolls a photo, registers a kiosk, then times check-ins with fresh
/// bytes each time (so none is refused as a replay).
struct CheckInLatency {
    let gateway: String
    let adminPassword: String

    func run(enroll: [UInt8], probe: [UInt8], count: Int) async throws -> [Double] {
        let admin = try await json(TokenResponse.self, "/v1/auth/login", LoginRequest(username: "admin", password: adminPassword)).accessToken
        let name = "bench\(UInt32.random(in: 0...UInt32.max))"
        let user = try await json(UserResponse.self, "/v1/users",
                                  CreateUserRequest(username: name, password: "bench-password-1", role: .employee, fullName: "Bench"), token: admin)
        let enrolled = try await send("/v1/faces/enroll", token: admin, form: [("user_id", Array(user.id.utf8), nil), ("image", enroll, "image/jpeg")])
        guard enrolled.0 == 200 else { throw BenchError("enroll failed: \(enrolled.0) \(String(decoding: enrolled.1, as: UTF8.self))") }
        let kiosk = try await json(KioskRegistration.self, "/v1/kiosks", KioskRegistrationRequest(name: "bench"), token: admin)
        let token = try await json(TokenResponse.self, "/v1/kiosks/token", KioskTokenRequest(credential: kiosk.credential)).accessToken
        var times: [Double] = []
        for index in 0..<count {
            guard let bytes = Self.variant(of: probe, seed: index) else { throw BenchError("could not re-encode the probe") }
            let start = ContinuousClock.now
            let (status, body) = try await send("/v1/attendance/check-in", token: token, form: [("image", bytes, "image/jpeg")])
            times.append(milliseconds(ContinuousClock.now - start))
            guard status == 200 else { throw BenchError("check-in \(index) failed: \(status) \(String(decoding: body, as: UTF8.self))") }
        }
        return times
    }

    /// The probe with one pixel changed, as JPEG quality 92: a new photo's bytes.
    static func variant(of bytes: [UInt8], seed: Int) -> [UInt8]? {
        var pix = bytes.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) }
        defer { pixDestroy(&pix) }
        var converted = pix.flatMap { pixConvertTo32($0) }
        defer { pixDestroy(&converted) }
        guard let rgb = converted else { return nil }
        pixSetPixel(rgb, Int32(seed % 50), 0, UInt32(truncatingIfNeeded: seed &* 2_654_435_761))
        return Augmentation.encode(rgb, jpegQuality: 92)
    }

    func json<T: Decodable>(_ type: T.Type, _ path: String, _ body: some Encodable, token: String? = nil) async throws -> T {
        var request = HTTPClientRequest(url: gateway + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let data = Data(buffer: try await response.body.collect(upTo: 1 << 20))
        guard (200..<300).contains(Int(response.status.code)) else { throw BenchError("\(path): \(response.status.code) \(String(decoding: data, as: UTF8.self))") }
        return try JSONDecoder().decode(T.self, from: data)
    }

    func send(_ path: String, token: String, form: [(String, [UInt8], String?)]) async throws -> (Int, Data) {
        var body = MultipartBody()
        for (name, bytes, type) in form { body.part(name, filename: type.map { _ in "f" }, contentType: type, bytes) }
        var request = HTTPClientRequest(url: gateway + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: body.contentType)
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.body = .bytes(body.closed())
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        return (Int(response.status.code), Data(buffer: try await response.body.collect(upTo: 1 << 20)))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
