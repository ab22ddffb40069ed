import Contracts
import RegionRegistry

extension ReceiptText {
    /// Where side-by-side sender and recipient blocks meet: for each OCR line that holds a
    /// sender's label and a recipient's label far apart, the x just left of the right-hand one,
    /// valid from that line down. OCR often reads two close columns as one line; this layout
    /// fact, not the gap, tells them apart.
    static func columnBoundaries(_ ocr: OCRResult) -> [(y: Int, x: Int)] {
        var boundaries: [(y: Int, x: Int)] = []
        for line in ocr.lines {
            var sender: Int?, recipient: Int?
            for word in line.words {
                guard let folded = PlaceText.words(word.text).first, let role = partyRole(folded) else { continue }
                if role == .sender { sender = min(sender ?? .max, word.box.x) } else { recipient = min(recipient ?? .max, word.box.x) }
            }
            guard let sender, let recipient, abs(sender - recipient) > max(120, ocr.width / 5) else { continue }
            boundaries.append((line.box.y, max(sender, recipient) - 8))
        }
        return boundaries
    }

    /// The role of a one-word party label (`PENGIRIM`, `CONSIGNEE`, `DARI`…), misreads allowed.
    static func partyRole(_ word: String) -> AddressRole? {
        for entry in AddressLabel.vocabulary where entry.words.count == 1 && entry.role != .other && entry.words[0].count >= 4 {
            if AddressLabel.same(word, entry.words[0]) { return entry.role }
        }
        return nil
    }
}
