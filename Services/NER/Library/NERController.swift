import Contracts
import DecreeEntities
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit

/// `POST /v1/ner/extract` (decree text → entities) and `POST /v1/sk/validate` (decree text,
/// PDF or image plus the proposed data → per-field comparison and a stored decision).
struct NERController: Sendable {
    let validator: SKValidator
    let reader: DecreeDocumentReader
    let limits: TextLimits
    let maxUploadBytes: Int

    static let documentTypes: Set<String> = ["sk_kenaikan_pangkat"]
    static let roles: Set<Role> = [.admin, .operator, .employee]

    func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/ner/extract") { request, context in
            try context.require(Self.roles.union([.service]))
            let body = try await request.decodeJSON(NERRequest.self, limit: limits.maxJSONBytes)
            guard Self.documentTypes.contains(body.documentType) else {
                throw APIError.badRequest("unknown document_type '\(body.documentType.prefix(40))'; expected sk_kenaikan_pangkat", code: .invalidField)
            }
            let entities = try validator.entities(body.text)
            context.logger.info("entities extracted", metadata: ["count": "\(entities.count)"])
            return try Response.json(NERResponse(entities: entities))
        }
        router.post("/v1/sk/validate") { request, context in
            let contentType = request.headers[.contentType] ?? "application/json"
            let validation: SKValidation
            if contentType.lowercased().hasPrefix("multipart/") {
                let form = try MultipartForm.parse(try await request.collectBody(limit: maxUploadBytes + 64 * 1024), contentType: contentType)
                let caller = try Self.caller(request, context, onBehalfOf: form.text("on_behalf_of"))
                let proposal = try Self.proposal(form.text("proposed"))
                if let file = form.part("file") {
                    guard file.body.readableBytes > 0 else { throw APIError.badRequest("the part 'file' is empty", code: .missingField) }
                    guard file.body.readableBytes <= maxUploadBytes else { throw APIError.payloadTooLarge(limit: maxUploadBytes) }
                    let bytes = [UInt8](buffer: file.body)
                    let read = try await reader.read(bytes, requestID: context.requestID)
                    guard read.text.contains(where: { !$0.isWhitespace }) else {
                        throw APIError.unprocessable("no_text", "no text could be read from the file (no text layer, and OCR found none)")
                    }
                    validation = try await validator.validate(
                        text: read.text, proposal: proposal, source: read.source, input: bytes, caller: caller, requestID: context.requestID)
                } else if let text = form.text("text") {
                    validation = try await validator.validate(
                        text: text, proposal: proposal, source: "text", input: Array(text.utf8), caller: caller, requestID: context.requestID)
                } else {
                    throw APIError.badRequest("missing part 'file' (the decree as PDF or image) or 'text'", code: .missingField)
                }
            } else if contentType.lowercased().hasPrefix("application/json") {
                let caller = try Self.caller(request, context, onBehalfOf: nil)
                let body = try await request.decodeJSON(SKValidateRequest.self, limit: limits.maxJSONBytes)
                validation = try await validator.validate(
                    text: body.text, proposal: body.proposed, source: "text", input: Array(body.text.utf8), caller: caller,
                    requestID: context.requestID)
            } else {
                throw APIError(.unsupportedMediaType, .unsupportedMediaType, "send application/json or multipart/form-data")
            }
            context.logger.info("sk decision", metadata: ["decision": "\(validation.decision.rawValue)", "decision_id": "\(validation.decisionID ?? "")"])
            return try Response.json(validation)
        }
    }

    static func proposal(_ text: String?) throws(APIError) -> SKProposal {
        guard let text, !text.isEmpty else { throw APIError.badRequest("missing part 'proposed' (the data to check, as JSON)", code: .missingField) }
        do {
            return try JSONDecoder().decode(SKProposal.self, from: Data(text.utf8))
        } catch {
            throw APIError.badRequest("the part 'proposed' is not a JSON object with nip, nama, nomor_sk, …", code: .malformedJSON)
        }
    }

    /// The verified caller. A Periksa service (ingest's workers) acts for a user and names them
    /// (form part `on_behalf_of` or header `X-Periksa-On-Behalf-Of`); a person's own token
    /// decides who they are, whatever they name.
    static func caller(_ request: Request, _ context: ServiceRequestContext, onBehalfOf part: String?) throws(APIError) -> Caller {
        let identity = try context.require(roles.union([.service]))
        guard identity.role == .service else {
            return Caller(userID: identity.userID, username: identity.username, role: identity.role.rawValue)
        }
        let header = request.headers.first(where: { $0.name.canonicalName == "x-periksa-on-behalf-of" })?.value
        guard let owner = part ?? header, !owner.isEmpty else {
            throw APIError.badRequest("a service must name the user it acts for (on_behalf_of)", code: .missingField)
        }
        return Caller(userID: String(owner.prefix(100)), username: nil, role: "via-\(identity.username)")
    }
}
