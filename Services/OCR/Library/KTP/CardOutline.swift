import CLeptonica

/// The four corners of a card in an image, found on a small copy: pixels that look like the
/// card's light-blue stock form a mask, the largest connected region is the card, and its
/// extreme points (min/max of x+y and x−y) are the corners. The stock is first judged as shot;
/// when that gives no card-shaped region (warm light takes the blue out of the stock), it is
/// judged against the light of the photo's border (``CardStock/balanced(toBorderOf:)``), and
/// that region is used only if it is card-shaped and recovers clearly more stock (≥ 15 % more
/// cells) than the first look, as warm light costs stock and never adds it; failing both, stock
/// lighter than a rising threshold is tried (a bluish-grey background). A photo the first look
/// handles never changes.
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
        let asShot = region(in: CardMask(small, stock: .asShot))
        let chosen: CardOutline?
        if let asShot, asShot.outline.isCardShaped(cells: asShot.cells) {
            chosen = asShot.outline
        } else if let balanced = region(in: CardMask(small, stock: .balanced(toBorderOf: small))),
                  balanced.outline.isCardShaped(cells: balanced.cells), balanced.cells > (asShot?.cells ?? 0) * 23 / 20 {
            chosen = balanced.outline
        } else if let lighter = lighterStockOutline(in: small) {
            chosen = lighter
        } else {
            chosen = asShot?.outline
        }
        guard let chosen, chosen.isPlausible else { return nil }
        let frame = whole(small)
        if chosen.matchingCorners(of: frame, within: 0.02 * Double(analysisWidth)) == 3 { return whole(image) }
        return chosen.scaled(by: 1 / factor)
    }

    /// Lighter stock thresholds, tried in turn when neither look gives a card-shaped region.
    static let lighterStock = [140, 170, 200]

    /// The first card-shaped region of stock lighter than one of ``lighterStock`` that lies
    /// inside the frame: a background that passes the plain stock test (a bluish-grey desk) is
    /// darker than the card, so a stricter lightness separates them, and a card lying on a
    /// background does not reach the photo's edges (a region that does still holds background).
    /// A card under falling light, cut by a stricter threshold, is no longer card-shaped and is
    /// left to the plain outline.
    private static func lighterStockOutline(in small: Pix) -> CardOutline? {
        let margin = 1.5
        for light in lighterStock {
            guard let lighter = region(in: CardMask(small, stock: .asShot(lighterThan: light))), lighter.outline.isCardShaped(cells: lighter.cells) else { continue }
            let inside = lighter.outline.corners.allSatisfy {
                $0.x > margin && $0.y > margin && $0.x < Double(small.width) - margin && $0.y < Double(small.height) - margin
            }
            if inside { return lighter.outline }
        }
        return nil
    }

    /// The extreme points of the mask's largest region (in mask cells) and its size, or nil when
    /// it covers less than 12 % of the image.
    private static func region(in mask: CardMask) -> (outline: CardOutline, cells: Int)? {
        guard let region = mask.largestRegion(), Double(region.count) > 0.12 * Double(mask.width * mask.height) else { return nil }
        var best = [(Double, Point)](repeating: (-.infinity, Point(x: 0, y: 0)), count: 4)
        for index in region {
            let x = Double(index % mask.width) + 0.5, y = Double(index / mask.width) + 0.5
            let scores = [-(x + y), x - y, x + y, y - x]
            for corner in 0..<4 where scores[corner] > best[corner].0 { best[corner] = (scores[corner], Point(x: x, y: y)) }
        }
        return (CardOutline(topLeft: best[0].1, topRight: best[1].1, bottomRight: best[2].1, bottomLeft: best[3].1), region.count)
    }

    /// How many of the corners lie within `distance` of the other outline's matching corner.
    /// A card that fills the frame (a flat scan, a tight crop) has its corners at the image's
    /// corners; when exactly three are found there, the fourth was pulled inward by a pale patch
    /// of stock (a worn or light corner) and is no reason to warp the card, whose edges are the
    /// frame's (four found there are left as found).
    func matchingCorners(of other: CardOutline, within distance: Double) -> Int {
        zip(corners, other.corners).filter { $0.distance(to: $1) <= distance }.count
    }

    /// Roughly card-shaped: aspect between 1.2 and 2.2, not collapsed.
    var isPlausible: Bool {
        let top = topLeft.distance(to: topRight), left = topLeft.distance(to: bottomLeft)
        guard left > 10, top > 10 else { return false }
        return (1.2...2.2).contains(top / left)
    }
}
