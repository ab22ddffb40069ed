import CLeptonica

extension Pix {
    /// Leptonica's rasterop code for XOR (`PIX_SRC ^ PIX_DST`: 0xc ^ 0xa; the C macros are not imported).
    private static let exclusiveOr: Int32 = 0xc ^ 0xa

    /// The cell in black and white with every stroke that reaches well above and well below the line of text
    /// painted out: a pen loop drawn round a grade (a reviewer's mark on a printout; its arcs read "CAD" or "ceed" for an
    /// "A") or a cell's side rule. A glyph stays within its line, give or take a quarter of its height. `top` and
    /// `bottom`: the line's text band in the cell's rows. Nil when no stroke crosses it so (nothing new to read).
    func withoutStrokesAcross(top: Int, bottom: Int) -> Pix? {
        let grey = depth == 8 ? self : map { pixConvertTo8($0, 0) }
        guard grey.depth == 8, bottom > top, let binary = Pix(taking: pixConvertTo1(grey.pointer, 128)) else { return nil }
        var components: UnsafeMutablePointer<PIXA>?
        guard var boxes: UnsafeMutablePointer<BOXA>? = pixConnComp(binary.pointer, &components, 8) else { return nil }
        defer {
            boxaDestroy(&boxes)
            pixaDestroy(&components)
        }
        let count = Int(boxaGetCount(boxes))
        let frames: [(x: Int32, y: Int32, width: Int32, height: Int32)] = (0..<count).map { index in
            var x: Int32 = 0, y: Int32 = 0, width: Int32 = 0, height: Int32 = 0
            boxaGetBoxGeometry(boxes, Int32(index), &x, &y, &width, &height)
            return (x, y, width, height)
        }
        let slack = Int32(max(2, (bottom - top) / 4)), above = Int32(top) - slack, below = Int32(bottom) + slack
        let loops = frames.indices.filter { frames[$0].y < above && frames[$0].y + frames[$0].height > below }
        guard !loops.isEmpty else { return nil }
        for index in loops {
            var stroke = pixaGetPix(components, Int32(index), Int32(L_CLONE))
            defer { pixDestroy(&stroke) }
            let frame = frames[index]
            pixRasterop(binary.pointer, frame.x, frame.y, frame.width, frame.height, Self.exclusiveOr, stroke, 0, 0)
        }
        return binary
    }
}
