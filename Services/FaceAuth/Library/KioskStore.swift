import Foundation

/// A registered kiosk. Only the SHA-256 of its secret is kept: the secret has 256 random bits,
/// so a slow hash adds nothing, and the token exchange stays cheap.
public struct KioskRecord: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var secretHash: [UInt8]
    public var disabled: Bool
    public init(id: UUID, name: String, secretHash: [UInt8], disabled: Bool = false) {
        self.id = id
        self.name = name
        self.secretHash = secretHash
        self.disabled = disabled
    }
}

/// Where kiosks live.
public protocol KioskStore: Sendable {
    func create(_ kiosk: KioskRecord) async throws
    func find(id: UUID) async throws -> KioskRecord?
}
