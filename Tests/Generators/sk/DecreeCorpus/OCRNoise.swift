import DecreeEntities

/// The damage OCR does to a scanned decree: digit/letter confusions (O/0, l/1/I, S/5, B/8, Z/2),
/// words split and joined, lines broken, stray marks from stamps, signatures, letterheads and
/// folds. `level` 0 is a clean text layer; 1 is a poor scan.
public struct OCRNoise: Sendable {
    public var level: Double

    public init(level: Double) { self.level = level }

    static let toLetter: [Character: [String]] = ["0": ["O", "o", "D"], "1": ["l", "I", "i", "|"], "5": ["S", "s"], "8": ["B"], "2": ["Z"], "6": ["G", "b"], "9": ["g"]]
    static let toDigit: [Character: [String]] = ["O": ["0"], "o": ["0"], "I": ["1", "l"], "l": ["1", "I"], "i": ["1", "l"], "S": ["5"], "B": ["8"], "Z": ["2"], "e": ["c"], "c": ["e"], "m": ["rn"], "h": ["b"], "u": ["v"], "a": ["o"]]
    static let strays: [String] = ["~", "|", "'", ".", "-", "_", "»", "•", ",,", "ttd", "Cap", "®", "::", "^", "*", "I", "l", "=", "%", "/"]

    func degrade(_ chars: [Character], label: EntityLabel?, rng: inout SeededGenerator) -> [Character] {
        guard level > 0 else { return chars }
        var out: [Character] = []
        out.reserveCapacity(chars.count + 8)
        let confuse = label == nil ? 0.012 * level : (label == .namaPNS || label == .pangkatBaru ? 0.02 : 0.05) * level
        for (i, c) in chars.enumerated() {
            let edge = i == 0 || i == chars.count - 1
            if c == " ", !edge {
                let previous = out.last ?? " "
                if label == nil, rng.chance(0.015 * level), previous != "\n", chars[i + 1] != "\n", chars[i - 1] != ":" {
                    continue  // joined words
                }
                if rng.chance((label == nil ? 0.02 : 0.006) * level), label != .nipPNS, label != .nomorSK {
                    out.append("\n")  // broken line
                    continue
                }
                if label == .nipPNS, rng.chance(0.1 * level) { continue }  // NIP groups run together
            }
            if c == "\n", label == nil, rng.chance(0.04 * level) {
                out += Array(rng.pick([" |\n", "\n| ", " |\n| ", " I\n"]))  // table rules and fold lines read as bars
                continue
            }
            if c == "\n", label == nil, rng.chance(0.08 * level) {
                out += Array("\n" + rng.pick(Self.strays) + (rng.chance(0.5) ? " " + rng.pick(Self.strays) : "") + "\n")
                continue
            }
            if label == nil, c.isLetter, !edge, rng.chance(0.004 * level), chars[i - 1].isLetter, chars[i + 1].isLetter {
                out.append(" ")  // split word
            }
            if rng.chance(confuse) {
                let table = label == .nipPNS || label == .nomorLGBKN || label == .tanggalLGBKN || label == .tmtKP ? Self.toLetter
                    : label == nil ? Self.toLetter.merging(Self.toDigit) { a, _ in a } : Self.toDigit
                if let options = table[c] {
                    out += Array(rng.pick(options))
                    continue
                }
            }
            out.append(c)
        }
        return out
    }
}
