/// How closely a found quadrilateral matches an ID card seen in a photo.
extension CardOutline {
    var corners: [Point] { [topLeft, topRight, bottomRight, bottomLeft] }

    /// Area by the shoelace formula.
    var area: Double {
        let points = corners
        var twice = 0.0
        for index in 0..<4 {
            let a = points[index], b = points[(index + 1) % 4]
            twice += a.x * b.y - b.x * a.y
        }
        return abs(twice) / 2
    }

    /// Mean width over mean height (opposite sides averaged, so rotation and a keystone cancel).
    var aspect: Double {
        let width = (topLeft.distance(to: topRight) + bottomLeft.distance(to: bottomRight)) / 2
        let height = (topLeft.distance(to: bottomLeft) + topRight.distance(to: bottomRight)) / 2
        return width / max(height, 1)
    }

    /// Every turn along the corners goes the same way.
    var isConvex: Bool {
        let points = corners
        let turns = (0..<4).map { index -> Double in
            let a = points[index], b = points[(index + 1) % 4], c = points[(index + 2) % 4]
            return (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)
        }
        return turns.allSatisfy { $0 > 0 } || turns.allSatisfy { $0 < 0 }
    }

    /// The outline of a card rather than of part of one or of a stray patch: convex, the card's
    /// 85.6 : 54 shape (1.585) within what a tilt toward the camera does (1.45…1.75), and the
    /// region it was taken from (`cells`, same units) fills it (≥ 88 %; a partial region's
    /// extreme points span empty corners).
    func isCardShaped(cells: Int) -> Bool {
        isConvex && (1.45...1.75).contains(aspect) && Double(cells) >= 0.88 * area
    }

    func scaled(by scale: Double) -> CardOutline {
        CardOutline(topLeft: topLeft.scaled(by: scale), topRight: topRight.scaled(by: scale),
                    bottomRight: bottomRight.scaled(by: scale), bottomLeft: bottomLeft.scaled(by: scale))
    }
}

extension Point {
    func scaled(by scale: Double) -> Point { Point(x: x * scale, y: y * scale) }
}
