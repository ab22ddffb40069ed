import CLeptonica

/// Finds an ID card in a photo and warps it to an upright, fixed-size rectangle (the card's
/// 85.6 × 54 mm shape at `width` pixels), undoing rotation and perspective. The card is found as
/// the largest region of card-coloured (light, bluish) pixels; its corners are that region's
/// extreme points. A flat scan, where the card fills the frame, passes through unchanged in shape.
struct CardRectifier {
    var width = 1600
    var height: Int { Int((Double(width) * 54 / 85.6).rounded()) }

    func rectify(_ image: Pix) -> Pix {
        let corners = CardOutline.find(in: image) ?? CardOutline.whole(image)
        let cardWidth = max(corners.topRight.distance(to: corners.topLeft), corners.bottomRight.distance(to: corners.bottomLeft))
        let scale = max(1, Double(width) / max(cardWidth, 1) * 1.02)
        let scaled = scale > 1.001 ? image.map { pixScaleColorLI($0, Float(scale), Float(scale)) } : image
        guard let source = ptaCreate(4), let destination = ptaCreate(4) else { return fallback(image) }
        var ownedSource: UnsafeMutablePointer<PTA>? = source, ownedDestination: UnsafeMutablePointer<PTA>? = destination
        defer {
            ptaDestroy(&ownedSource)
            ptaDestroy(&ownedDestination)
        }
        for point in [corners.topLeft, corners.topRight, corners.bottomRight, corners.bottomLeft] {
            ptaAddPt(source, Float(point.x * scale), Float(point.y * scale))
        }
        for (x, y) in [(0, 0), (width - 1, 0), (width - 1, height - 1), (0, height - 1)] {
            ptaAddPt(destination, Float(x), Float(y))
        }
        let warped = scaled.map { pixProjectivePtaColor($0, destination, source, 0xFFFF_FF00) }
        guard warped !== scaled, let card = warped.crop(x: 0, y: 0, width: width, height: height) else { return fallback(image) }
        return card
    }

    private func fallback(_ image: Pix) -> Pix {
        image.map { pixScaleToSize($0, Int32(width), Int32(height)) }
    }
}

/// A point in image coordinates.
struct Point: Sendable, Equatable {
    var x: Double
    var y: Double

    func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}
