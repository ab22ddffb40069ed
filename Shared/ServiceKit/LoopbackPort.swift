#if canImport(Glibc)
import Glibc
#endif

/// A free TCP port on 127.0.0.1, asked of the kernel (bind to port 0, read it back, close).
/// For tests, benchmarks and local runs that start several servers side by side.
public enum LoopbackPort {
    public static func free() throws(LoopbackPortError) -> Int {
        guard let port = bind(0) else { throw LoopbackPortError() }
        return port
    }

    /// Whether `port` can be bound on 127.0.0.1 now (nothing listens on it or holds it).
    public static func isFree(_ port: Int) -> Bool {
        guard let wanted = UInt16(exactly: port), wanted > 0 else { return false }
        return bind(wanted) != nil
    }

    /// Binds a socket to `port` (0: any), closes it and returns the port bound, or nil when it could not be.
    private static func bind(_ port: UInt16) -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, length) }
        }
        guard bound == 0 else { return nil }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// No free loopback port could be had.
public struct LoopbackPortError: Error {
    public init() {}
}
