import CLeptonica

/// A table ruled in a grid (every cell boxed, common on SIAKAD prints) loses its cells to
/// Tesseract: the page layout takes the boxed columns for figures and drops them, thin dashed
/// rules beside a digit read as "|" or swallow it. The rules are found as thin long lines of ink:
/// straight runs of at least 25 px, joined (a keystoned photo tilts a rule by a degree or two,
/// so no single row of pixels holds it) into a line at least 401 px across or 81 px down on the
/// 1500–2000 px prepared page, gaps of up to 4 px bridged, at most 5 px thick so no text stroke
/// qualifies, none within a filled area such as a dark header bar; they are painted white.
enum TranscriptRuling {
    static func removed(_ page: Pix) -> Pix {
        guard page.depth == 8, let ink = Pix(taking: pixThresholdToBinary(page.pointer, 215)),
            let across = rules(ink, horizontal: true), let down = rules(ink, horizontal: false),
            let both = Pix(taking: pixOr(nil, across.pointer, down.pointer)),
            // a filled bar (white labels on a dark header) is cut into thin strips by its letters: no rules
            let solid = Pix(taking: pixOpenCompBrick(nil, ink.pointer, 9, 9)),
            let bars = Pix(taking: pixDilateCompBrick(nil, solid.pointer, 25, 25)),
            let thin = Pix(taking: pixSubtract(nil, both.pointer, bars.pointer)),
            let mask = Pix(taking: pixDilateBrick(nil, thin.pointer, 3, 3)),
            let cleaned = Pix(taking: pixCopy(nil, page.pointer)),
            pixSetMasked(cleaned.pointer, mask.pointer, 255) == 0 else { return page }
        return cleaned
    }

    /// The long lines of `ink` in one direction, their thick parts taken out.
    private static func rules(_ ink: Pix, horizontal: Bool) -> Pix? {
        func brick(_ along: Int32, _ across: Int32) -> (Int32, Int32) { horizontal ? (along, across) : (across, along) }
        let bridge = brick(5, 1), run = brick(25, 1), thickness = brick(1, 6)
        let length: Int32 = horizontal ? 401 : 81
        var changed: Int32 = 0
        guard let closed = Pix(taking: pixCloseBrick(nil, ink.pointer, bridge.0, bridge.1)),
            let runs = Pix(taking: pixOpenBrick(nil, closed.pointer, run.0, run.1)),
            let long = Pix(taking: pixSelectBySize(runs.pointer, horizontal ? length : 0, horizontal ? 0 : length, 8,
                Int32(horizontal ? L_SELECT_WIDTH : L_SELECT_HEIGHT), Int32(L_SELECT_IF_GTE), &changed)),
            let thick = Pix(taking: pixOpenBrick(nil, long.pointer, thickness.0, thickness.1)) else { return nil }
        return Pix(taking: pixSubtract(nil, long.pointer, thick.pointer))
    }
}
