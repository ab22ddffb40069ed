import Contracts
import DocumentSniffing
import Foundation
import NIOCore
import ServiceKit

/// The `receipt` type: a shipping receipt's image or text goes to the region service's
/// classification; its answer (region, province, island group, city, postal code,
/// confidence, evidence) is the document's result. A refusal by region (unreadable image,
/// empty text) fails the job for good with region's reason; an unavailable region is retried.
public struct ReceiptPipeline: DocumentPipeline {
    public let accepts: Set<SniffedKind> = [.png, .jpeg, .text]
    let region: PeerClient

    public init(region: PeerClient) {
        self.region = region
    }

    public func run(_ input: PipelineInput) async throws -> JSONValue {
        let answer: RegionClassification
        do {
            if ContentSniffer.kind(of: input.bytes) == .text {
                let text = String(decoding: input.bytes, as: UTF8.self)
                answer = try await region.post("/v1/regions/classify", json: RegionClassifyRequest(text: text), as: RegionClassification.self, requestID: input.requestID)
            } else {
                answer = try await region.post(
                    "/v1/regions/classify", bytes: ByteBuffer(bytes: input.bytes), contentType: ContentSniffer.kind(of: input.bytes).mediaType,
                    as: RegionClassification.self, requestID: input.requestID)
            }
        } catch let error as APIError where (400..<500).contains(error.status.code) {
            throw PipelineError.permanent("\(error.code.rawValue): \(error.message)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(answer))
    }
}
