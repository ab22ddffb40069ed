import Contracts
import DocumentSniffing
import Foundation
import Hummingbird
import ServiceKit

/// `POST /v1/transcripts/verify`: multipart `file` (a KHS/transcript: JPEG/PNG page or a PDF of
/// at most 10 pages, recognised by content) and
/// `requirements` (JSON ``TranscriptRequirements``), optionally `grade_scale` (JSON object of
/// grade → points, the institution's own scale) → ``TranscriptVerification``.
struct TranscriptController: Sendable {
    let reader: TranscriptReader
    let maxBytes: Int

    func addRoutes(to router: Router<ServiceRequestContext>) {
        router.post("/v1/transcripts/verify") { request, context in
            let (file, requirements, scale) = try await parse(request)
            let reading = try await reader.read(file, scale: scale)
            let verification = TranscriptVerifier(scale: scale).verify(reading, requirements)
            context.logger.info("transcript verified", metadata: [
                "rows": "\(reading.rows.count)", "eligible": "\(verification.eligible.rawValue)",
            ])
            return try Response.json(verification)
        }
    }

    func parse(_ request: Request) async throws -> ([UInt8], TranscriptRequirements, GradeScale) {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data") else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "send multipart/form-data with the parts 'file' and 'requirements'")
        }
        let body = try await request.collectBody(limit: maxBytes + 64 * 1024)
        let form = try MultipartForm.parse(body, contentType: contentType)
        guard let part = form.part("file"), part.body.readableBytes > 0 else {
            throw APIError.badRequest("missing field 'file' (the transcript: PDF, JPEG or PNG)", code: .missingField)
        }
        guard part.body.readableBytes <= maxBytes else { throw APIError.payloadTooLarge(limit: maxBytes) }
        let bytes = [UInt8](buffer: part.body)
        guard [.pdf, .jpeg, .png].contains(ContentSniffer.kind(of: bytes)) else {
            throw APIError(.unsupportedMediaType, .unsupportedMediaType, "'file' must be a PDF, JPEG or PNG transcript (judged by its content, not its declared type)")
        }
        guard let text = form.text("requirements") else {
            throw APIError.badRequest("missing field 'requirements' ({\"min_ipk\":…,\"courses\":[{\"name\",\"min_grade\"}]})", code: .missingField)
        }
        let requirements: TranscriptRequirements
        do { requirements = try JSONDecoder().decode(TranscriptRequirements.self, from: Data(text.utf8)) } catch {
            throw APIError.badRequest("'requirements' is not valid JSON of the shape {\"min_ipk\":3.0,\"courses\":[{\"name\":\"Kalkulus I\",\"min_grade\":\"B\"}]}", code: .malformedJSON)
        }
        if let minimum = requirements.minIPK, !(0...4).contains(minimum) {
            throw APIError.badRequest("'min_ipk' must be between 0 and 4", code: .invalidField)
        }
        if let minimum = requirements.minSemester, !(1...14).contains(minimum) {
            throw APIError.badRequest("'min_semester' must be between 1 and 14", code: .invalidField)
        }
        var scale = reader.scale
        if let custom = form.text("grade_scale") {
            guard let points = try? JSONDecoder().decode([String: Double].self, from: Data(custom.utf8)), !points.isEmpty,
                points.values.allSatisfy({ (0...4).contains($0) }) else {
                throw APIError.badRequest("'grade_scale' must be a JSON object of grade → points within 0…4, e.g. {\"A\":4,\"AB\":3.5}", code: .invalidField)
            }
            scale = GradeScale(points: points)
        }
        for course in requirements.courses {
            guard !course.name.trimmingCharacters(in: .whitespaces).isEmpty, course.name.count <= 200 else {
                throw APIError.badRequest("every required course needs a name (code or title) of at most 200 characters", code: .invalidField)
            }
            guard course.minGrade.count <= 8, scale.value(of: course.minGrade.trimmingCharacters(in: .whitespaces)) != nil else {
                throw APIError.badRequest("the required grade '\(course.minGrade.prefix(8))' for a course is not on the grade scale (\(scale.points.keys.sorted().joined(separator: ", ")) or 0.00–4.00)", code: .invalidField)
            }
        }
        return (bytes, requirements, scale)
    }
}
