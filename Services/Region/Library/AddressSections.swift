import Contracts

/// A run of words that belongs to one section of the receipt, with where it was printed.
struct SectionPiece: Sendable, Equatable {
    var words: [LabelledWord]
    var raw: String
    var box: Box?
    var order: Int
}

/// A part of the receipt opened by a label (or the text before any label), with the pieces
/// that layout assigns to it. `role` is nil for unlabelled text.
struct AddressSection: Sendable, Equatable {
    var role: AddressRole?
    var label: String
    var pieces: [SectionPiece]
}

/// Splits a receipt into sections: a label opens one (also mid-line when a colon follows the
/// label, as when two columns were read as one line); other text joins the section of the
/// nearest label above it in the same column (the previous label, for text input).
enum AddressSections {
    static func split(_ receipt: ReceiptText) -> [AddressSection] {
        var sections: [AddressSection] = [AddressSection(role: nil, label: "", pieces: [])]
        var anchors: [(section: Int, box: Box)] = []
        for segment in receipt.segments {
            let words = LabelledWord.words(segment.text)
            var index = 0, pieceStart = 0
            var current: Int? = nil
            func flush(until end: Int) {
                guard end > pieceStart else { return }
                let piece = SectionPiece(words: Array(words[pieceStart..<end]), raw: segment.text, box: segment.box, order: segment.order)
                let target = current ?? owner(of: segment, anchors: anchors, sections: sections, columns: receipt.columns)
                sections[target].pieces.append(piece)
            }
            while index < words.count {
                let atStart = index == 0
                if let label = AddressLabel.match(words, at: index), atStart || words[index + label.length - 1].colonAfter {
                    flush(until: index)
                    let text = words[index..<(index + label.length)].map(\.text).joined(separator: " ")
                    sections.append(AddressSection(role: label.role, label: text, pieces: []))
                    current = sections.count - 1
                    if let box = segment.box { anchors.append((sections.count - 1, box)) }
                    index += label.length
                    pieceStart = index
                } else {
                    index += 1
                }
            }
            flush(until: words.count)
        }
        return sections.filter { $0.role != nil || !$0.pieces.isEmpty }
    }

    /// The section a label-less segment belongs to: the nearest label above it whose column
    /// holds it; with no boxes, the latest label.
    static func owner(of segment: ReceiptSegment, anchors: [(section: Int, box: Box)], sections: [AddressSection], columns: [(y: Int, x: Int)]) -> Int {
        guard let box = segment.box else { return sections.count - 1 }
        var best: (section: Int, y: Int, dx: Int)?
        for anchor in anchors where anchor.box.y <= box.y + box.height / 2 {
            let slack = max(40, 3 * anchor.box.height)
            let rightBound = anchors
                .filter { $0.box.x > anchor.box.x + anchor.box.width && abs($0.box.y - anchor.box.y) < 2 * max(anchor.box.height, $0.box.height) }
                .map { $0.box.x - slack / 2 }.min() ?? Int.max
            let cut = columns.last { $0.y <= max(anchor.box.y, box.y) + anchor.box.height / 2 }?.x
            if let cut, (anchor.box.x < cut) != (box.x < cut) { continue }
            guard box.x >= anchor.box.x - slack, box.x < rightBound else { continue }
            let dx = abs(box.x - anchor.box.x)
            if let current = best, anchor.box.y < current.y || (anchor.box.y == current.y && dx >= current.dx) { continue }
            best = (anchor.section, anchor.box.y, dx)
        }
        return best?.section ?? 0
    }
}
