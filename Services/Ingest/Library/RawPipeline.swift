import Contracts
import DocumentSniffing
import Foundation

/// The `raw` type's real first stage: sniffs the bytes, counts a PDF's pages with poppler or
/// reads an image's dimensions from its header.
public struct RawPipeline: DocumentPipeline {
    public let accepts: Set<SniffedKind> = [.pdf, .png, .jpeg, .text]
    let poppler: PopplerPages
    let stageDelay: Duration

    public init(poppler: PopplerPages = PopplerPages(), stageDelay: Duration = .zero) {
        self.poppler = poppler
        self.stageDelay = stageDelay
    }

    public func run(_ input: PipelineInput) async throws -> JSONValue {
        if stageDelay > .zero { try await Task.sleep(for: stageDelay) }
        let kind = ContentSniffer.kind(of: input.bytes)
        var summary = RawDocumentSummary(kind: kind.rawValue, bytes: input.bytes.count)
        switch kind {
        case .pdf:
            summary.pages = try await poppler.pageCount(input.bytes)
        case .png, .jpeg:
            guard let header = ImageHeader.read(input.bytes) else { throw PipelineError.permanent("the image header is unreadable") }
            summary.width = header.width
            summary.height = header.height
        case .text, .unknown:
            break
        }
        let data = try JSONEncoder().encode(summary)
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }
}
