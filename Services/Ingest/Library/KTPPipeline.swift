import Contracts
import DocumentSniffing
import Foundation
import NIOCore
import ServiceKit

/// The `ktp` type: the card image goes to the ocr service's KTP extraction; its answer is
/// the document's result. A refusal by ocr (not a KTP, unreadable image) fails the job for
/// good with ocr's reason; an unavailable ocr is retried.
public struct KTPPipeline: DocumentPipeline {
    public let accepts: Set<SniffedKind> = [.png, .jpeg]
    let ocr: PeerClient

    public init(ocr: PeerClient) {
        self.ocr = ocr
    }

    public func run(_ input: PipelineInput) async throws -> JSONValue {
        let extraction: KTPExtraction
        do {
            extraction = try await ocr.post(
                "/v1/ktp/extract", bytes: ByteBuffer(bytes: input.bytes), contentType: input.document.contentType,
                as: KTPExtraction.self, requestID: input.requestID)
        } catch let error as APIError where (400..<500).contains(error.status.code) {
            throw PipelineError.permanent("\(error.code.rawValue): \(error.message)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(extraction))
    }
}
