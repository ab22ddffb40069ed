import CLeptonica

/// Letter-style transcripts join a course to its SKS and grade with leader dots ("Basis Data
/// ....... 2 ....... A"). Tesseract reads a run of dots as letters ("eeeenaaann") and swallows the
/// lone digit between two runs, or drops it with them. A leader is found as what it is on the
/// page: five or more small specks of ink (at most 7 px either way on the 1500–2000 px prepared
/// page) in a row along one line, each within 16 px of the next; those specks are painted white.
/// A decimal point, a colon, an i's dot or an ellipsis is never five specks in a row.
enum TranscriptLeaders {
    struct Speck {
        var x, y, width, height: Int32
        var centreY: Int32 { y + height / 2 }
    }

    static func removed(_ page: Pix) -> Pix {
        guard page.depth == 8, let ink = Pix(taking: pixThresholdToBinary(page.pointer, 215)),
            let found = pixConnCompBB(ink.pointer, 8) else { return page }
        var boxes: UnsafeMutablePointer<BOXA>? = found
        defer { boxaDestroy(&boxes) }
        var specks: [Speck] = []
        for index in 0..<boxaGetCount(found) {
            var speck = Speck(x: 0, y: 0, width: 0, height: 0)
            guard boxaGetBoxGeometry(found, index, &speck.x, &speck.y, &speck.width, &speck.height) == 0,
                speck.width <= 7, speck.height <= 7 else { continue }
            specks.append(speck)
        }
        let leaders = runs(specks).flatMap { $0 }
        guard !leaders.isEmpty, let white = boxaCreate(Int32(leaders.count)) else { return page }
        var owned: UnsafeMutablePointer<BOXA>? = white
        defer { boxaDestroy(&owned) }
        for speck in leaders {
            guard let box = boxCreate(speck.x - 1, speck.y - 1, speck.width + 2, speck.height + 2) else { continue }
            boxaAddBox(white, box, Int32(L_INSERT))
        }
        return Pix(taking: pixSetBlackOrWhiteBoxa(page.pointer, white, Int32(L_SET_WHITE))) ?? page
    }

    /// The runs of five or more specks left to right along one line (centres within 2 px of the
    /// run's last speck, gaps of at most 16 px).
    static func runs(_ specks: [Speck]) -> [[Speck]] {
        var open: [[Speck]] = [], done: [[Speck]] = []
        for speck in specks.sorted(by: { $0.x < $1.x }) {
            if let index = open.firstIndex(where: { run in
                guard let last = run.last else { return false }
                let gap = speck.x - (last.x + last.width)
                return gap >= 0 && gap <= 16 && abs(speck.centreY - last.centreY) <= 2
            }) {
                open[index].append(speck)
            } else {
                open.append([speck])
            }
            // a run no speck can join any more is finished
            let (stale, live) = open.reduce(into: ([[Speck]](), [[Speck]]())) { parts, run in
                if let last = run.last, speck.x - (last.x + last.width) > 16 { parts.0.append(run) } else { parts.1.append(run) }
            }
            done += stale.filter { $0.count >= 5 }
            open = live
        }
        return done + open.filter { $0.count >= 5 }
    }
}
