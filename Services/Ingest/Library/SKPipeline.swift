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
        let boundary = "periksa-sk-\(input.document.id.uuidString)"
        var body = ByteBuffer()
        func part(_ name: String, _ headers: String, _ bytes: [UInt8]) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\(headers)\r\n\r\n")
            body.writeBytes(bytes)
            body.writeString("\r\n")
        }
        part("file", "; filename=\"decree\"\r\nContent-Type: \(input.document.contentType)", input.bytes)
        part("proposed", "\r\nContent-Type: application/json", Array(proposed.utf8))
        part("on_behalf_of", "", Array(input.document.ownerID.utf8))
        body.writeString("--\(boundary)--\r\n")
        let validation: SKValidation
        do {
            validation = try await ner.post(
                "/v1/sk/validate", bytes: body, contentType: "multipart/form-data; boundary=\(boundary)",
                as: SKValidation.self, requestID: input.requestID)
        } catch let error as APIError where (400..<500).contains(error.status.code) {
            throw PipelineError.permanent("\(error.code.rawValue): \(error.message)")
        }
        return try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(validation))
    }
}
