import FaceAuthService
import TestDocuments

/// Photos built from real ones for refusal tests: re-encoded as PNG, darker, or side by side.
extension RGBImage {
    var png: [UInt8] { PNGFile.encode(width: width, height: height, rgb: pixels) }

    /// `left` and `right` next to each other on a grey canvas as tall as the taller one.
    static func sideBySide(_ left: RGBImage, _ right: RGBImage) -> RGBImage? {
        let width = left.width + right.width, height = max(left.height, right.height)
        var pixels = [UInt8](repeating: 128, count: width * height * 3)
        for (image, x0) in [(left, 0), (right, left.width)] {
            for y in 0..<image.height {
                let source = (y * image.width * 3)..<((y + 1) * image.width * 3)
                let start = (y * width + x0) * 3
                pixels.replaceSubrange(start..<(start + image.width * 3), with: image.pixels[source])
            }
        }
        return RGBImage(width: width, height: height, pixels: pixels)
    }

    func scaled(brightness factor: Double) -> RGBImage? {
        RGBImage(width: width, height: height, pixels: pixels.map { UInt8(min(255, Double($0) * factor)) })
    }
}
