import Contracts
import DocumentSniffing
import Foundation
import NIOCore
import ServiceKit

/// The `khs` type: a KHS or transcript (image or PDF) with the requirements it is checked
/// against as the document's `claimed` JSON (``TranscriptRequirements``; none: read only). The
/// ocr service reads and verifies it; its answer is the result. A refusal by ocr (unreadable
/// file, not a transcript) fails the job for good; an unavailable ocr is retried.
public struct KHSPipeline: DocumentPipeline {
    public let accepts: Set<SniffedKind> = [.pdf, .png, .jpeg]
    let ocr: PeerClient

    public init(ocr: PeerClient) {
        self.ocr = ocr
    }

    /// Requirements that ocr would refuse are refused at upload instead of failing the job.
    public func checkClaimed(_ claimed: JSONValue?) throws(APIError) {
        guard let claimed else { return }
        guard let data = try? JSONEncoder().encode(claimed),
            let requirements = try? JSONDecoder().decode(TranscriptRequirements.self, from: data)
        else {
            throw .badRequest("'claimed' must be transcript requirements {\"min_ipk\":3.0,\"courses\":[{\"name\",\"min_grade\"}]}", code: .invalidField)
        }
        if let minimum = requirements.minIPK, !(0...4).contains(minimum) {
            throw .badRequest("'min_ipk' must be between 0 and 4", code: .invalidField)
        }
        if let minimum = requirements.minSemester, !(1...14).contains(minimum) {
            throw .badRequest("'min_semester' must be between 1 and 14", code: .invalidField)
        }
    }

    public func run(_ input: PipelineInput) async throws -> JSONValue {
        let requirements = try input.document.claimed.map { try JSONEncoder().encode($0) } ?? Data(#"{"courses":[]}"#.utf8)
        let boundary = "periksa-khs-\(input.document.id.uuidString)"
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"transcript\"\r\n")
        body.writeString("Content-Type: \(input.document.contentType)\r\n\r\n")
        body.writeBytes(input.bytes)
        body.writeString("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"requirements\"\r\nContent-Type: application/json\r\n\r\n")
        body.writeBytes(requirements)
        body.writeString("\r\n--\(boundary)--\r\n")
        let verification: TranscriptVerification
        do {
            verification = try await ocr.post(
                "/v1/transcripts/verify", bytes: body, contentType: "multipart/form-data; boundary=\(boundary)",
                as: TranscriptVerification.self, requestID: input.requestID)
        } catch let error as APIError where (400..<500).contains(error.status.code) {
            throw PipelineError.permanent("\(error.code.rawValue): \(error.message)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(verification))
    }
}
