import Foundation

/// A kiosk's credential, `<kiosk id>.<secret>`: the id finds the kiosk, the secret (32 random
/// bytes, base64url) proves it. Invariant: only ``secretHash`` is ever stored.
public struct KioskCredential: Sendable, Equatable {
    public var kioskID: UUID
    public var secret: String

    public static func make(for kioskID: UUID) -> KioskCredential {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let secret = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return KioskCredential(kioskID: kioskID, secret: secret)
    }

    /// Parses `<uuid>.<secret>`; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let id = UUID(uuidString: String(parts[0])), (20...128).contains(parts[1].count) else { return nil }
        self.init(kioskID: id, secret: String(parts[1]))
    }

    public init(kioskID: UUID, secret: String) {
        self.kioskID = kioskID
        self.secret = secret
    }

    public var text: String { kioskID.uuidString.lowercased() + "." + secret }
    public var secretHash: [UInt8] { SecretDigest(of: secret).bytes }

    /// Constant-time comparison with a stored hash.
    public func matches(_ stored: [UInt8]) -> Bool {
        SecretDigest(of: secret).matches(SecretDigest(bytes: stored))
    }
}
