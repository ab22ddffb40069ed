import Contracts
import Foundation

extension TranscriptReader {
    /// A KHS often prints its totals as a small table: a line of labels ("SKS Diambil | IPS | IPK")
    /// over a line of values. The value of the label word `label` (its letters, lowercased) is
    /// the grade point (0…4) on the next line down, within four word heights (a boxed summary
    /// pads its cells), whose centre is nearest the label's and closer than two word heights to
    /// it; nil when there is none. A stop after it ("3,77.") is no part of it.
    static func valueBelow(_ line: [OCRWord], label: String, lines: [[OCRWord]]) -> Double? {
        guard let word = line.last(where: { $0.text.lowercased().filter(\.isLetter) == label }) else { return nil }
        let height = Double(max(word.box.height, 8)), centre = Double(word.box.x) + Double(word.box.width) / 2
        let top = TranscriptTable.centreY(word)
        // the first line below with a word under the label (a box beside the table has lines of its own)
        let below = lines.filter { other in
            let level = TranscriptTable.mean(other)
            return level > top + height * 0.6 && level < top + height * 4
        }.sorted { TranscriptTable.mean($0) < TranscriptTable.mean($1) }
        let near = below.lazy.compactMap { next in next.filter { abs(middle($0) - centre) < height * 2 }.min { abs(middle($0) - centre) < abs(middle($1) - centre) } }.first
        guard let near else { return nil }
        return GradeScale.number(withoutClosingStop(near.text.trimmingCharacters(in: CharacterSet(charactersIn: "|:;()")))).flatMap { (0...4).contains($0) ? $0 : nil }
    }

    private static func middle(_ word: OCRWord) -> Double { Double(word.box.x) + Double(word.box.width) / 2 }
}
