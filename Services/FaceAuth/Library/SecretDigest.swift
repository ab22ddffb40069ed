import Crypto
import Foundation

/// The SHA-256 of a secret (a kiosk's, the deployment's service secret): what is stored or kept
/// in memory instead of the secret itself. Invariant: comparisons take the same time whatever
/// bytes differ, so timing tells nothing about a stored digest.
struct SecretDigest: Sendable, Equatable {
    let bytes: [UInt8]

    init(of secret: String) { bytes = Array(SHA256.hash(data: Data(secret.utf8))) }
    init(bytes: [UInt8]) { self.bytes = bytes }

    func matches(_ other: SecretDigest) -> Bool {
        bytes.count == other.bytes.count && zip(bytes, other.bytes).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
