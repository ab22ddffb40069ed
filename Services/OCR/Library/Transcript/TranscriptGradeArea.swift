import CLeptonica
import Contracts

/// What stands in a list item's grade area, cut to its extent: a filled badge (one dark blob at
/// least as wide as high, half of its box ink) inverted, else every speck of ink with a margin.
struct TranscriptGradeArea {
    let image: Pix
    /// Where `image` begins in the area.
    let x: Int, y: Int
    let isBadge: Bool

    /// `area` is 8-bit grey; a dark-mode area (most of it ink) is inverted first. A badge of a
    /// light colour (orange, yellow) normalises to a mid grey: ink is anything under 200.
    init?(_ area: Pix) {
        guard area.depth == 8, var ink = Pix(taking: pixThresholdToBinary(area.pointer, 200)) else { return nil }
        var area = area, total: Int32 = 0
        if pixCountPixels(ink.pointer, &total, nil) == 0, Int(total) * 2 > area.width * area.height {
            guard let light = Pix(taking: pixInvert(nil, area.pointer)), let lightInk = Pix(taking: pixThresholdToBinary(light.pointer, 200)) else { return nil }
            (area, ink) = (light, lightInk)
        }
        guard let found = pixConnCompBB(ink.pointer, 8) else { return nil }
        var boxes: UnsafeMutablePointer<BOXA>? = found
        defer { boxaDestroy(&boxes) }
        var parts: [(x: Int32, y: Int32, width: Int32, height: Int32)] = []
        for index in 0..<boxaGetCount(found) {
            var part: (x: Int32, y: Int32, width: Int32, height: Int32) = (0, 0, 0, 0)
            guard boxaGetBoxGeometry(found, index, &part.x, &part.y, &part.width, &part.height) == 0, part.width * part.height >= 12,
                part.height > 3 || part.width <= 10 * part.height else { continue }  // a rule under the item is no grade
            parts.append(part)
        }
        let badge = parts.filter { part in
            guard part.height * 5 >= Int32(area.height) * 2, part.width >= part.height,
                let blob = ink.crop(x: Int(part.x), y: Int(part.y), width: Int(part.width), height: Int(part.height)) else { return false }
            var count: Int32 = 0
            return pixCountPixels(blob.pointer, &count, nil) == 0 && count * 2 >= part.width * part.height
        }.max { $0.width * $0.height < $1.width * $1.height }
        if let badge {
            // inside its rounded corners and outline
            let inset = max(2, badge.height / 8)
            guard let inside = area.crop(x: Int(badge.x + inset), y: Int(badge.y + inset), width: Int(badge.width - 2 * inset), height: Int(badge.height - 2 * inset)),
                let letter = Self.darkLetter(inside) else { return nil }
            (image, x, y, isBadge) = (letter, Int(badge.x + inset), Int(badge.y + inset), true)
            return
        }
        guard let left = parts.map(\.x).min(), let top = parts.map(\.y).min(),
            let right = parts.map({ $0.x + $0.width }).max(), let bottom = parts.map({ $0.y + $0.height }).max() else { return nil }
        let margin: Int32 = 6
        let x = max(0, left - margin), y = max(0, top - margin)
        guard let cut = area.crop(x: Int(x), y: Int(y), width: Int(right - x + margin), height: Int(bottom - y + margin)) else { return nil }
        (image, self.x, self.y, isBadge) = (cut, Int(x), Int(y), false)
    }

    /// A badge's inside with its letter darker than the badge: split at its mean grey, the side
    /// that covers less of it is the letter (light on a dark badge, dark on a pale one).
    static func darkLetter(_ inside: Pix) -> Pix? {
        var mean: Float = 0, dark: Int32 = 0
        guard pixGetAverageMasked(inside.pointer, nil, 0, 0, 1, Int32(L_MEAN_ABSVAL), &mean) == 0,
            let split = Pix(taking: pixThresholdToBinary(inside.pointer, Int32(mean))),
            pixCountPixels(split.pointer, &dark, nil) == 0 else { return nil }
        return Int(dark) * 2 > inside.width * inside.height ? Pix(taking: pixInvert(nil, inside.pointer)) : inside
    }
}
