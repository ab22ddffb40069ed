import Contracts
import Foundation

extension TranscriptTable {
    /// Words grouped into rows without assuming the rows are level: words are taken left to
    /// right and each joins the row whose last word's centre is nearest its own, within half a
    /// typical word height plus 3 % of the gap between them (a keystoned photo slants rows), that
    /// allowance at most a word height (a subtotal far right of a group heading a row below, 1,200 px
    /// away, is no part of it). A
    /// Roman numeral or a colon may overlap the row's last word by half a word height (Tesseract's
    /// box for "Kalkulus" sometimes takes in part of the "I" after it, "Kumulatif" of its ":").
    /// Leader dots ("Genetika . . . . 2 SKS") and rules typed as text ("-------", "=====") carry
    /// nothing and are dropped (a rule across the SKS column is no row left unread).
    static func rows(of words: [OCRWord]) -> [[OCRWord]] {
        let words = words.filter { !isFiller($0.text) }
        let heights = words.map(\.box.height).sorted()
        let typical = Double(heights.isEmpty ? 20 : heights[heights.count / 2])
        let slope = slope(of: words, typical: typical)
        func level(_ word: OCRWord) -> Double { centreY(word) - slope * Double(word.box.x) }
        var rows: [[OCRWord]] = []
        // left to right; of two words starting at one x (a text layer's name and its translation), the upper first
        for word in words.sorted(by: { ($0.box.x, $0.box.y) < ($1.box.x, $1.box.y) }) {
            let y = level(word)
            let overlap = word.text.count <= 3 && word.text.allSatisfy({ "IVXl|1!:;".contains($0) }) ? Int(typical / 2) : 0
            let best = rows.indices.compactMap { index -> (Int, Double)? in
                guard let last = rows[index].last, last.box.x + last.box.width <= word.box.x + word.box.width / 2 + overlap else { return nil }
                let gap = Double(max(0, word.box.x - (last.box.x + last.box.width)))
                let difference = abs(level(last) - y)
                return difference <= typical * 0.5 + min(0.03 * gap, typical) ? (index, difference) : nil
            }.min { $0.1 < $1.1 }
            if let (index, _) = best { rows[index].append(word) } else { rows.append([word]) }
        }
        func meanLevel(_ row: [OCRWord]) -> Double { row.map(level).reduce(0, +) / Double(max(row.count, 1)) }
        return rows.sorted { meanLevel($0) < meanLevel($1) }
    }

    /// The page's residual text slope (dy/dx): the median over neighbouring words of one text
    /// line (close, level within half a word height) of the slope between their centres. A
    /// photo the deskew missed slants the rows far more over a wide table than within a line.
    static func slope(of words: [OCRWord], typical: Double) -> Double {
        let sorted = words.sorted { $0.box.x < $1.box.x }
        var slopes: [Double] = []
        for (index, word) in sorted.enumerated() {
            let right = Double(word.box.x + word.box.width)
            let next = sorted[(index + 1)...].prefix(40).first { other in
                let gap = Double(other.box.x) - right
                return gap >= 0 && gap < typical * 2 && abs(centreY(other) - centreY(word)) < typical * 0.5
                    && abs(Double(other.box.height) - Double(word.box.height)) < typical * 0.3
            }
            if let next { slopes.append((centreY(next) - centreY(word)) / Double(max(1, next.box.x - word.box.x))) }
        }
        guard slopes.count >= 8 else { return 0 }
        let median = slopes.sorted()[slopes.count / 2]
        return abs(median) <= 0.2 ? median : 0
    }

    /// A word of leader dots only (".", "……"), or a rule of three or more dashes, equals signs or underscores.
    static func isFiller(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ".·…‥".contains($0) } || text.count >= 3 && text.allSatisfy { "-=_—–~".contains($0) }
    }

    static func mean(_ row: [OCRWord]) -> Double { row.map(centreY).reduce(0, +) / Double(max(row.count, 1)) }

    static func centreY(_ word: OCRWord) -> Double { Double(word.box.y) + Double(word.box.height) / 2 }
}
