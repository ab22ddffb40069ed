import CLeptonica

/// Which pixels of a small image look like card stock (``CardStock``: light and bluish, as shot or
/// against the light), closed over text and patterns so the card is one region. Pure pixel
/// arithmetic; no allocation per pixel.
struct CardMask {
    let width: Int
    let height: Int
    private(set) var cells: [Bool]

    init(_ image: Pix, stock: CardStock = .asShot) {
        width = image.width
        height = image.height
        cells = [Bool](repeating: false, count: width * height)
        guard let data = pixGetData(image.pointer) else { return }
        let wordsPerLine = Int(pixGetWpl(image.pointer))
        for y in 0..<height {
            for x in 0..<width {
                let pixel = data[y * wordsPerLine + x]
                let r = Int((pixel >> 24) & 0xFF), g = Int((pixel >> 16) & 0xFF), b = Int((pixel >> 8) & 0xFF)
                cells[y * width + x] = stock.matches(red: r, green: g, blue: b)
            }
        }
        close(radius: 3)
    }

    /// Dilate then erode with a square of side 2·radius+1, filling text holes.
    private mutating func close(radius: Int) {
        cells = morph(cells, radius: radius, keep: true)
        cells = morph(cells, radius: radius, keep: false)
    }

    private func morph(_ input: [Bool], radius: Int, keep dilate: Bool) -> [Bool] {
        var horizontal = input
        for y in 0..<height {
            for x in 0..<width {
                let row = y * width
                let lo = max(0, x - radius), hi = min(width - 1, x + radius)
                horizontal[row + x] = dilate ? input[(row + lo)...(row + hi)].contains(true) : !input[(row + lo)...(row + hi)].contains(false)
            }
        }
        var output = horizontal
        for y in 0..<height {
            for x in 0..<width {
                let lo = max(0, y - radius), hi = min(height - 1, y + radius)
                var any = false, all = true
                for yy in lo...hi {
                    if horizontal[yy * width + x] { any = true } else { all = false }
                }
                output[y * width + x] = dilate ? any : all
            }
        }
        return output
    }

    /// Indices of the largest 4-connected region of `true` cells.
    func largestRegion() -> [Int]? {
        var seen = [Bool](repeating: false, count: cells.count)
        var best: [Int] = []
        for start in cells.indices where cells[start] && !seen[start] {
            var region: [Int] = [], stack = [start]
            seen[start] = true
            while let index = stack.popLast() {
                region.append(index)
                let x = index % width, y = index / width
                for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)] where nx >= 0 && ny >= 0 && nx < width && ny < height {
                    let next = ny * width + nx
                    if cells[next] && !seen[next] {
                        seen[next] = true
                        stack.append(next)
                    }
                }
            }
            if region.count > best.count { best = region }
        }
        return best.isEmpty ? nil : best
    }
}
