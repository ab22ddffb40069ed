/// Stable error codes shared by all services, so clients can branch on them.
/// Invariant: a code, once published, keeps its meaning.
public struct ErrorCode: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let badRequest: ErrorCode = "bad_request"
    public static let malformedJSON: ErrorCode = "malformed_json"
    public static let missingField: ErrorCode = "missing_field"
    public static let invalidField: ErrorCode = "invalid_field"
    public static let unauthorized: ErrorCode = "unauthorized"
    public static let forbidden: ErrorCode = "forbidden"
    public static let notFound: ErrorCode = "not_found"
    public static let methodNotAllowed: ErrorCode = "method_not_allowed"
    public static let conflict: ErrorCode = "conflict"
    public static let payloadTooLarge: ErrorCode = "payload_too_large"
    public static let unsupportedMediaType: ErrorCode = "unsupported_media_type"
    public static let contentTypeMismatch: ErrorCode = "content_type_mismatch"
    public static let corruptFile: ErrorCode = "corrupt_file"
    public static let unknownDocumentType: ErrorCode = "unknown_document_type"
    public static let rateLimited: ErrorCode = "rate_limited"
    public static let upstreamUnavailable: ErrorCode = "upstream_unavailable"
    public static let upstreamTimeout: ErrorCode = "upstream_timeout"
    public static let notReady: ErrorCode = "not_ready"
    public static let internalError: ErrorCode = "internal_error"
    // Face images and attendance (issue 5).
    public static let corruptImage: ErrorCode = "corrupt_image"
    public static let imageTooLarge: ErrorCode = "image_too_large"
    public static let imageTooSmall: ErrorCode = "image_too_small"
    public static let noFace: ErrorCode = "no_face"
    public static let multipleFaces: ErrorCode = "multiple_faces"
    public static let faceTooSmall: ErrorCode = "face_too_small"
    public static let imageTooDark: ErrorCode = "image_too_dark"
    public static let imageTooBlurry: ErrorCode = "image_too_blurry"
    public static let inconsistentFaces: ErrorCode = "inconsistent_faces"
    public static let likelyDuplicate: ErrorCode = "likely_duplicate"
    public static let notEnrolled: ErrorCode = "not_enrolled"
    public static let faceNotRecognised: ErrorCode = "face_not_recognised"
    public static let replayedImage: ErrorCode = "replayed_image"
}
