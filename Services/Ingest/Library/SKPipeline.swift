import Contracts
import DocumentSniffing
import Foundation
import NIOCore
import ServiceKit

/// The `sk` type: a decree (SK kenaikan pangkat) as PDF or image, with the employee's proposed
/// data as the document's `claimed` JSON. The ner service reads it (PDF text layer, or page
/// images through ocr), extracts the entities, compares and stores the decision; its answer is
/// the result. A refusal by ner (unreadable file, no text) fails the job for good.
public struct SKPipeline: DocumentPipeline {
    public let accepts: Set<SniffedKind> = [.pdf, .png, .jpeg]
    let ner: PeerClient

    public init(ner: PeerClient) {
        self.ner = ner
    }

    public func run(_ input: PipelineInput) async throws -> JSONValue {
        let proposed = try input.document.claimed.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) } ?? "{}"
        var body = MultipartBody(boundary: "periksa-sk-\(input.document.id.uuidString)")
        body.part("file", filename: "decree", contentType: input.document.contentType, input.bytes)
        body.part("proposed", contentType: "application/json", Array(proposed.utf8))
        body.field("on_behalf_of", input.document.ownerID)
        let validation: SKValidation
        do {
            validation = try await ner.post(
                "/v1/sk/validate", bytes: body.closed(), contentType: body.contentType,
                as: SKValidation.self, requestID: input.requestID)
        } catch let error as APIError where (400..<500).contains(error.status.code) {
            throw PipelineError.permanent("\(error.code.rawValue): \(error.message)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(validation))
    }
}
