import CLeptonica

extension Pix {
    /// The image in grey with light blue and violet ink painted out: a certified copy's stamp and a ballpoint signature
    /// lie over the grades in those inks, while print is black (and local contrast would stretch a merely faded stamp
    /// back to black). Grey is Leptonica's luminance except where ``BlueInk`` finds ink: there it turns to paper
    /// white. Only for a second reading: a carbon copy's or a screen's print may itself look blue. Grey images are
    /// returned as they are.
    func greyWithoutBlueInk() -> Pix {
        guard depth == 32, let grey = Pix(taking: pixConvertRGBToLuminance(pointer)), grey.depth == 8,
            let colour = pixGetData(pointer), let target = pixGetData(grey.pointer) else { return self }
        let ink = BlueInk(paper: paperTint())
        let colourWords = Int(pixGetWpl(pointer)), greyWords = Int(pixGetWpl(grey.pointer))
        for y in 0..<height {
            let row = colour + y * colourWords, out = target + y * greyWords
            for x in 0..<width {
                let shift = UInt32(24 - 8 * (x % 4))
                let luminance = Int((out[x / 4] >> shift) & 0xFF)
                let inked = ink.share(of: row[x], luminance: luminance)
                guard inked > 0 else { continue }
                let value = (luminance * (BlueInk.whole - inked) + 255 * inked) / BlueInk.whole
                out[x / 4] = out[x / 4] & ~(UInt32(0xFF) << shift) | UInt32(value) << shift
            }
        }
        return grey
    }

    /// The part of the image (0…1, over a sample of every fourth pixel each way) that is wholly blue ink.
    func blueInkShare() -> Double {
        guard depth == 32, let colour = pixGetData(pointer) else { return 0 }
        let ink = BlueInk(paper: paperTint()), words = Int(pixGetWpl(pointer))
        var inked = 0, count = 0
        for y in stride(from: 0, to: height, by: 4) {
            for x in stride(from: 0, to: width, by: 4) {
                let word = colour[y * words + x]
                let luminance = (3 * Int((word >> 24) & 0xFF) + 5 * Int((word >> 16) & 0xFF) + 2 * Int((word >> 8) & 0xFF)) / 10
                if ink.share(of: word, luminance: luminance) == BlueInk.whole { inked += 1 }
                count += 1
            }
        }
        return count == 0 ? 0 : Double(inked) / Double(count)
    }

    /// The paper's colour: each channel's 80th percentile over a sample of the pixels (at least 64, so a dark
    /// image is not stretched), for taking a warm lamp's or a cool screen's tint out before judging ink.
    func paperTint() -> (red: Int, green: Int, blue: Int) {
        guard depth == 32, let colour = pixGetData(pointer) else { return (255, 255, 255) }
        var histograms = [[Int]](repeating: [Int](repeating: 0, count: 256), count: 3), count = 0
        let words = Int(pixGetWpl(pointer))
        for y in stride(from: 0, to: height, by: 4) {
            for x in stride(from: 0, to: width, by: 4) {
                let word = colour[y * words + x]
                for channel in 0..<3 { histograms[channel][Int((word >> UInt32(24 - 8 * channel)) & 0xFF)] += 1 }
                count += 1
            }
        }
        let levels = histograms.map { histogram in
            var seen = 0
            for level in 0..<256 {
                seen += histogram[level]
                if seen * 5 >= count * 4 { return max(level, 64) }
            }
            return 255
        }
        return (levels[0], levels[1], levels[2])
    }
}

/// Blue or violet ink judged against the paper's tint: with the tint taken out, blue outweighs red and green by more
/// than 20 levels (wholly ink from 50), and the pixel is not dark (grey 45 and below is print whatever its tint:
/// navy print, or black print under a stamp, stays).
private struct BlueInk {
    static let start = 20, span = 30, darkPrint = 45
    /// A share of ``share(of:luminance:)`` that is wholly ink.
    static let whole = span * span
    let reds: [Int], greens: [Int], blues: [Int]

    init(paper: (red: Int, green: Int, blue: Int)) {
        let balance = { (level: Int) in (0..<256).map { min($0 * 255 / level, 255) } }
        (reds, greens, blues) = (balance(paper.red), balance(paper.green), balance(paper.blue))
    }

    /// How much of a Leptonica RGBA pixel of grey `luminance` is blue ink: 0 (print or paper) to ``whole``.
    func share(of word: UInt32, luminance: Int) -> Int {
        let red = reds[Int((word >> 24) & 0xFF)], green = greens[Int((word >> 16) & 0xFF)], blue = blues[Int((word >> 8) & 0xFF)]
        let excess = blue - max(red, green) - Self.start
        guard excess > 0, luminance > Self.darkPrint else { return 0 }
        return min(excess, Self.span) * min(luminance - Self.darkPrint, Self.span)
    }
}
