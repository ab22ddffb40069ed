import CLeptonica

/// What the e-KTP's light-blue card stock looks like in a photo's pixels. Taken as shot, stock is
/// light and bluish. Under warm (tungsten, evening) light the whole photo is multiplied by a
/// yellowish colour and the stock stops being bluish in absolute terms; judged against the light
/// itself (the photo's border, usually desk or table, taken as neutral on average) it still is.
/// The balanced test compares channel ratios, so a shading gradient across the card (light
/// falling to half) does not change the answer either.
struct CardStock: Sendable {
    /// Per-channel factors that neutralise the light's colour; (1, 1, 1) when taken as shot.
    let gains: (red: Double, green: Double, blue: Double)
    let balanced: Bool
    /// How light (mean of the channels) a pixel must be, as shot.
    var minimumLight = 100

    /// Light and bluish as the camera recorded it (daylight, neutral light).
    static let asShot = CardStock(gains: (1, 1, 1), balanced: false)

    /// As shot, but lighter than `light`: a bluish-grey desk or wall is also "light and bluish"
    /// by the plain test and runs into the card's region, yet the card's stock is lighter.
    static func asShot(lighterThan light: Int) -> CardStock {
        CardStock(gains: (1, 1, 1), balanced: false, minimumLight: light)
    }

    /// Bluish relative to the light, estimated as the median colour of the image's border strip
    /// (2 % of its shorter side: on a tilted flatbed scan the lid shows only in a narrow margin).
    static func balanced(toBorderOf image: Pix) -> CardStock {
        let w = image.width, h = image.height
        let strip = max(2, Int(0.02 * Double(min(w, h))))
        guard w > 2 * strip, h > 2 * strip, let data = pixGetData(image.pointer) else { return .asShot }
        let wordsPerLine = Int(pixGetWpl(image.pointer))
        var channels: [[Int]] = [[], [], []]
        for y in 0..<h {
            let xs = (y < strip || y >= h - strip) ? Array(0..<w) : Array(0..<strip) + Array((w - strip)..<w)
            for x in xs {
                let pixel = data[y * wordsPerLine + x]
                channels[0].append(Int((pixel >> 24) & 0xFF))
                channels[1].append(Int((pixel >> 16) & 0xFF))
                channels[2].append(Int((pixel >> 8) & 0xFF))
            }
        }
        let reference = channels.map { Double(max(1, $0.sorted()[$0.count / 2])) }
        let mean = reference.reduce(0, +) / 3
        return CardStock(gains: (mean / reference[0], mean / reference[1], mean / reference[2]), balanced: true)
    }

    /// Whether a pixel (0…255 per channel) looks like card stock.
    func matches(red: Int, green: Int, blue: Int) -> Bool {
        guard balanced else {
            return (red + green + blue) / 3 > minimumLight && blue >= red + 15 && green >= red - 8
        }
        let r = min(255, Double(red) * gains.red), g = min(255, Double(green) * gains.green), b = min(255, Double(blue) * gains.blue)
        return (r + g + b) / 3 > 90 && b >= 1.07 * r && g >= 0.97 * r
    }
}
