import CLeptonica

/// The upright card prepared for recognition: grey, with the card's tinted, patterned stock
/// and uneven light normalised to white paper, text sharpened. Zones are fractions of the
/// card (the e-KTP layout is fixed by law), so they scale with any input resolution.
struct CardImage {
    let text: Pix
    var width: Int { text.width }
    var height: Int { text.height }

    init(card: Pix) {
        let gray = card.depth == 8 ? card : card.map { pixConvertRGBToLuminance($0) }
        let flattened = gray.map { pixBackgroundNormSimple($0, nil, nil) }
        text = flattened.map { pixUnsharpMaskingGray($0, 2, 0.4) }
    }

    /// The part of the card between the given fractions of its width and height.
    func zone(x: ClosedRange<Double>, y: ClosedRange<Double>) -> (pix: Pix, originX: Int, originY: Int)? {
        let x0 = Int(x.lowerBound * Double(width)), y0 = Int(y.lowerBound * Double(height))
        let w = Int((x.upperBound - x.lowerBound) * Double(width)), h = Int((y.upperBound - y.lowerBound) * Double(height))
        guard let pix = text.crop(x: x0, y: y0, width: w, height: h) else { return nil }
        return (pix, x0, y0)
    }
}
