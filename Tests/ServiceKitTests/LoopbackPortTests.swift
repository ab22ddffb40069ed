import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import ServiceKit

/// A port someone listens on is not free; the same port is free again once the listener is gone.
struct LoopbackPortTests {
    @Test func aPortWithAListenerIsNotFreeUntilItCloses() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        try #require(bound == 0 && listen(fd, 1) == 0)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))

        #expect(!LoopbackPort.isFree(port))
        close(fd)
        #expect(LoopbackPort.isFree(port))
        #expect(!LoopbackPort.isFree(0))
    }
}
