import CLeptonica

/// The four corners of a card in an image, found on a small copy: pixels that look like the
/// card's light-blue stock form a mask, the largest connected region is the card, and its
/// extreme points (min/max of x+y and x−y) are the corners.
struct CardOutline: Sendable, Equatable {
    var topLeft: Point
    var topRight: Point
    var bottomRight: Point
    var bottomLeft: Point

    static func whole(_ image: Pix) -> CardOutline {
        let w = Double(image.width - 1), h = Double(image.height - 1)
        return CardOutline(topLeft: Point(x: 0, y: 0), topRight: Point(x: w, y: 0), bottomRight: Point(x: w, y: h), bottomLeft: Point(x: 0, y: h))
    }

    /// The card's corners, or nil when no card-coloured region covers enough of the image.
    static func find(in image: Pix, analysisWidth: Int = 320) -> CardOutline? {
        let factor = Double(analysisWidth) / Double(image.width)
        let small = image.map { pixScaleToSize($0, Int32(analysisWidth), Int32(max(1, Double(image.height) * factor))) }
        let mask = CardMask(small)
        guard let region = mask.largestRegion(), Double(region.count) > 0.12 * Double(mask.width * mask.height) else { return nil }
        var best = [(Double, Point)](repeating: (-.infinity, Point(x: 0, y: 0)), count: 4)
        for index in region {
            let x = Double(index % mask.width) + 0.5, y = Double(index / mask.width) + 0.5
            let scores = [-(x + y), x - y, x + y, y - x]
            for corner in 0..<4 where scores[corner] > best[corner].0 { best[corner] = (scores[corner], Point(x: x, y: y)) }
        }
        let scale = 1 / factor
        let corners = best.map { Point(x: $0.1.x * scale, y: $0.1.y * scale) }
        let outline = CardOutline(topLeft: corners[0], topRight: corners[1], bottomRight: corners[2], bottomLeft: corners[3])
        return outline.isPlausible ? outline : nil
    }

    /// Roughly card-shaped: aspect between 1.2 and 2.2, not collapsed.
    var isPlausible: Bool {
        let top = topLeft.distance(to: topRight), left = topLeft.distance(to: bottomLeft)
        guard left > 10, top > 10 else { return false }
        return (1.2...2.2).contains(top / left)
    }
}
