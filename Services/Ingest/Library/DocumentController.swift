import Contracts
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceKit

/// `POST /v1/documents` (accept and queue) and `GET /v1/documents/{id}` (status and result).
/// Invariant: a 202 is sent only after the bytes and the job are committed.
public struct DocumentController: Sendable {
    let store: any DocumentStore
    let blobs: any BlobStore
    let registry: PipelineRegistry
    let maxUploadBytes: Int
    static let uploaders = Role.people
    static let readersOfAll = Role.staff

    public init(store: any DocumentStore, blobs: any BlobStore, registry: PipelineRegistry, maxUploadBytes: Int) {
        self.store = store
        self.blobs = blobs
        self.registry = registry
        self.maxUploadBytes = maxUploadBytes
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/documents") { request, context in try await upload(request, context) }
        router.get("/v1/documents/:id") { request, context in try await status(request, context) }
    }

    func upload(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let identity = try context.require(Self.uploaders)
        let body = try await request.collectBody(limit: maxUploadBytes + 256 * 1024)
        let form = try MultipartForm.parse(body, contentType: request.headers[.contentType])
        let accepted = try UploadCheck(registry: registry, maxBytes: maxUploadBytes).check(form)
        let document = NewDocument(accepted, ownerID: identity.userID, claimed: accepted.claimed)
        try await blobs.put(document.id, bytes: accepted.bytes)
        try await store.accept(document)
        context.logger.info("document accepted", metadata: [
            "document_id": "\(document.id)", "type": "\(document.type)", "bytes": "\(document.size)",
        ])
        return try Response.json(DocumentAccepted(id: document.id.uuidString.lowercased(), status: .queued), status: .accepted)
    }

    func status(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let identity = try context.require(Self.uploaders)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw APIError.notFound("no such document")
        }
        guard let record = try await store.record(id: id),
            record.document.ownerID == identity.userID || Self.readersOfAll.contains(identity.role)
        else {
            throw APIError.notFound("no such document")
        }
        return try Response.json(record.contract)
    }
}
