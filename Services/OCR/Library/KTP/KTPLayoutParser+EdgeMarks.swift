import Contracts

/// Marks at the end of a value that are no part of it. A card prints each value as one run of
/// words at one size with ordinary spaces, but the recognised row may end in a short "word"
/// that is an edge: the portrait's border or the card's edge cut by the reading zone, read as
/// "|", "1", "I" or "F" (a name read "KAMILA F", an address "DUSUN TANJUNGSARI I"). Such a mark
/// stands far from the value (more than `farGap` text heights; a word space is under one) or
/// is more than twice as tall as the value's words. Only marks of one or two characters are
/// dropped, so a real last word ("GG. H. SALEH I", a Roman numeral at a word space) is kept.
extension KTPLayoutParser {
    /// A gap wider than this many typical word heights does not separate two words of a value.
    static let farGap = 2.5

    /// `words` without such marks at their end (at least one word is always kept).
    static func withoutEdgeMarks(_ words: [OCRWord]) -> [OCRWord] {
        guard words.count > 1 else { return words }
        let typical = words.map(\.box.height).sorted()[(words.count - 1) / 2]
        var kept = words
        while kept.count > 1, let last = kept.last, last.text.count <= 2 {
            let previous = kept[kept.count - 2]
            let gap = last.box.x - (previous.box.x + previous.box.width)
            guard Double(gap) > farGap * Double(typical) || last.box.height > 2 * typical else { break }
            kept.removeLast()
        }
        return kept
    }
}
