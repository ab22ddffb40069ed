import Contracts

/// A label found twice. Each label is printed once, so a line whose words only loosely
/// resemble a label ("NA . Ka", the NIK's row with its label misread) takes that label only
/// until a line that reads it clearly ("Nama :") comes: the clear reading is the label's row,
/// and the loose one's value is dropped.
extension KTPLayoutParser {
    /// How clearly a label must read to take over from an earlier, looser match.
    static let clearLabel = 0.9

    /// The split of `words` when they read clearly as a label already taken by a looser match
    /// (lower by at least 0.15); nil otherwise. The sex row is never taken over: it also
    /// carries the blood type.
    func clearerRepeat(of words: [OCRWord], scores: [KTPLabel: Double], labelColumnEnd: Int?) -> (label: KTPLabel, value: [OCRWord], colonRead: Bool, score: Double)? {
        guard !scores.isEmpty, let found = split(words, labelColumnEnd: labelColumnEnd), let earlier = scores[found.label],
            found.label != .jenisKelamin, found.score >= Self.clearLabel, found.score >= earlier + 0.15
        else { return nil }
        return found
    }
}
