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
        var body = MultipartBody(boundary: "periksa-khs-\(input.document.id.uuidString)")
        body.part("file", filename: "transcript", contentType: input.document.contentType, input.bytes)
        body.part("requirements", contentType: "application/json", requirements)
        let verification: TranscriptVerification
        do {
            verification = try await ocr.post(
                "/v1/transcripts/verify", bytes: body.closed(), contentType: body.contentType,
                as: TranscriptVerification.self, requestID: input.requestID)
        } catch let error as APIError where (400..<500).contains(error.status.code) {
            throw PipelineError.permanent("\(error.code.rawValue): \(error.message)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(verification))
    }
}
