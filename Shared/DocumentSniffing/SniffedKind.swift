import Foundation

/// What a file's bytes say it is, whatever its declared content type.
public enum SniffedKind: String, Sendable, Equatable {
    case pdf, png, jpeg, text, unknown

    /// The canonical media type of this kind.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .text: "text/plain"
        case .unknown: "application/octet-stream"
        }
    }

    /// The kind a declared media type claims, ignoring parameters (`; charset=…`).
    public init(declared mediaType: String) {
        let bare = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch bare {
        case "application/pdf": self = .pdf
        case "image/png": self = .png
        case "image/jpeg", "image/jpg", "image/pjpeg": self = .jpeg
        case "text/plain": self = .text
        default: self = .unknown
        }
    }
}
