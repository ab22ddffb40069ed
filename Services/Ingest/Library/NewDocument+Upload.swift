import Contracts
import Crypto
import Foundation

extension NewDocument {
    /// The document for an upload ``UploadCheck`` accepted: a fresh id, the sniffed (never the
    /// declared) media type, the bytes' SHA-256 and size; `claimed` replaces the form's own.
    init(_ upload: UploadCheck.Accepted, ownerID: String, claimed: JSONValue?) {
        self.init(
            id: UUID(), type: upload.type, ownerID: ownerID, contentType: upload.kind.mediaType,
            sha256: SHA256.hash(data: upload.bytes).map { String(format: "%02x", $0) }.joined(),
            size: upload.bytes.count, claimed: claimed)
    }
}
