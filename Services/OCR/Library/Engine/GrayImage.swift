import CLeptonica

/// An 8-bit grey image copied out of Leptonica into a Swift array, for pixel arithmetic
/// (segmentation, template matching) without touching C memory. 0 is black ink, 255 white.
struct GrayImage: Sendable {
    let width: Int
    let height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    init?(_ pix: Pix) {
        let gray = pix.depth == 8 ? pix : pix.map { pixConvertTo8($0, 0) }
        guard gray.depth == 8, let data = pixGetData(gray.pointer) else { return nil }
        width = gray.width
        height = gray.height
        let wordsPerLine = Int(pixGetWpl(gray.pointer))
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let word = data[y * wordsPerLine + x / 4]
                pixels[y * width + x] = UInt8((word >> UInt32(24 - 8 * (x % 4))) & 0xFF)
            }
        }
        self.pixels = pixels
    }

    subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// Otsu's threshold of the histogram: the grey level that best separates ink from paper.
    func otsuThreshold() -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        for value in pixels { histogram[Int(value)] += 1 }
        let total = Double(pixels.count)
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var background = 0.0, sumBackground = 0.0, best = 0.0, threshold = 127
        for level in 0..<256 {
            background += Double(histogram[level])
            guard background > 0, background < total else { continue }
            sumBackground += Double(level * histogram[level])
            let meanBackground = sumBackground / background, meanForeground = (sum - sumBackground) / (total - background)
            let between = background * (total - background) * (meanBackground - meanForeground) * (meanBackground - meanForeground)
            if between > best { best = between; threshold = level }
        }
        return UInt8(threshold)
    }

    /// The rectangle resampled (bilinear) to `w`×`h`.
    func resampled(x: Int, y: Int, width w0: Int, height h0: Int, to w: Int, _ h: Int) -> [Float] {
        var out = [Float](repeating: 255, count: w * h)
        for j in 0..<h {
            for i in 0..<w {
                let sx = Double(x) + (Double(i) + 0.5) * Double(w0) / Double(w) - 0.5
                let sy = Double(y) + (Double(j) + 0.5) * Double(h0) / Double(h) - 0.5
                let x0 = max(0, min(width - 1, Int(sx.rounded(.down)))), y0 = max(0, min(height - 1, Int(sy.rounded(.down))))
                let x1 = min(width - 1, x0 + 1), y1 = min(height - 1, y0 + 1)
                let fx = Float(max(0, min(1, sx - Double(x0)))), fy = Float(max(0, min(1, sy - Double(y0))))
                let top = Float(self[x0, y0]) * (1 - fx) + Float(self[x1, y0]) * fx
                let bottom = Float(self[x0, y1]) * (1 - fx) + Float(self[x1, y1]) * fx
                out[j * w + i] = top * (1 - fy) + bottom * fy
            }
        }
        return out
    }
}
