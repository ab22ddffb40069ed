import ServiceKit

extension MultipartBody {
    /// The upload's `file` part as a browser sends it; `contentType` nil leaves the header out.
    mutating func file(_ bytes: [UInt8], contentType: String?) {
        part("file", filename: "upload.bin", contentType: contentType, bytes)
    }
}
