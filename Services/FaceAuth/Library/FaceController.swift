import Contracts
import Foundation
import Hummingbird
import ServiceKit

/// `POST /v1/faces/enroll`, `/verify` and `/identify`, and `DELETE /v1/faces/{user_id}`. Every
/// photo passes the reader's checks before anything is stored or matched.
public struct FaceController: Sendable {
    let reader: any FaceReading
    let recognition: FaceRecognition

    public init(reader: any FaceReading, recognition: FaceRecognition) {
        self.reader = reader
        self.recognition = recognition
    }

    public func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/faces/enroll") { request, context in try await enroll(request, context) }
        router.post("/v1/faces/verify") { request, context in try await verify(request, context) }
        router.post("/v1/faces/identify") { request, context in try await identify(request, context) }
        router.delete("/v1/faces/:user_id") { _, context in try await erase(context) }
    }

    func enroll(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        try context.require([.admin, .operator])
        let upload = try await FaceUpload.read(request, maxImages: 10)
        let userID = try upload.uuid("user_id")
        var samples: [FaceSample] = []
        for image in upload.images { samples.append(try await reader.read(image.bytes)) }
        let count = try await recognition.enroll(userID: userID, samples: samples, images: upload.images)
        context.logger.info("face enrolled", metadata: ["templates": "\(count)"])
        return try Response.json(FaceEnrollment(userID: userID.uuidString.lowercased(), templates: count))
    }

    func verify(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        let caller = try context.require([.admin, .operator, .employee, .kiosk])
        let upload = try await FaceUpload.read(request)
        let userID = try upload.uuid("user_id")
        if caller.role == .employee, caller.userID.lowercased() != userID.uuidString.lowercased() {
            throw APIError.forbidden("employees may only verify their own face")
        }
        let sample = try await reader.read(upload.images[0].bytes)
        return try Response.json(try await recognition.verify(userID: userID, sample: sample))
    }

    func identify(_ request: Request, _ context: ServiceRequestContext) async throws -> Response {
        try context.require([.admin, .operator, .kiosk])
        let upload = try await FaceUpload.read(request)
        let sample = try await reader.read(upload.images[0].bytes)
        return try Response.json(try await recognition.identify(sample))
    }

    func erase(_ context: ServiceRequestContext) async throws -> Response {
        try context.require(Role.staff)
        guard let text = context.parameters.get("user_id"), let userID = UUID(uuidString: text) else {
            throw APIError.badRequest("user_id must be a UUID", code: .invalidField)
        }
        let erased = try await recognition.erase(userID: userID)
        context.logger.notice("face templates erased", metadata: ["templates": "\(erased)"])
        return try Response.json(FaceErasureResult(userID: userID.uuidString.lowercased(), templatesErased: erased))
    }
}
