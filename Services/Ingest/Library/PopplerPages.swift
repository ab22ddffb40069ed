import PDFPages

/// ingest's view of the shared ``Poppler`` (Shared/PDFPages): the same tools, with a file poppler
/// cannot read turned into ``PipelineError/permanent(_:)`` so the job fails at once, not retried.
public struct PopplerPages: Sendable {
    let poppler: Poppler

    public init(timeout: Duration = .seconds(60), maxPages: Int = 50) {
        poppler = Poppler(timeout: timeout, maxPages: maxPages)
    }

    public func pageCount(_ pdf: [UInt8]) async throws -> Int {
        do { return try await poppler.pageCount(pdf) } catch let error as PDFPagesError { throw PipelineError.permanent(error.message) }
    }
}
