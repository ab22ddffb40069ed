import ServiceKit

extension KTPExtractor {
    /// The card corners the rectifier found (top-left, top-right, bottom-right, bottom-left, as
    /// x, y in the photo's pixels), or nil when it fell back to the whole image. For diagnosing
    /// misplaced card edges against a generator's recorded corners; no engine is used.
    public func outline(_ bytes: [UInt8]) throws -> [[Double]]? {
        let image = try reader.decoding.decode(bytes)
        guard let outline = CardOutline.find(in: image) else { return nil }
        return [outline.topLeft, outline.topRight, outline.bottomRight, outline.bottomLeft].map { [$0.x, $0.y] }
    }

    /// The straightened card as PNG, exactly as the reader's first look recognises it.
    public func rectifiedPNG(_ bytes: [UInt8]) throws -> [UInt8]? {
        let image = try reader.decoding.decode(bytes)
        return reader.rectifier.rectify(image).pngData()
    }
}
