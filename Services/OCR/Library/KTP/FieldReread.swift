import CLeptonica
import Contracts

/// Field-specific recognition of one value of a card: the value's box is cut out, enlarged and
/// read as one line with only the field's characters allowed (digits and a separator for RT/RW,
/// letters for a name), which Tesseract reads better than the same line in the whole-card pass.
struct FieldReread {
    let card: CardImage

    func read(_ box: Contracts.Box?, allowing characters: String, engine: TesseractEngine) -> String? {
        readWords(box, allowing: characters, engine: engine).map { $0.map(\.text).joined(separator: " ") }
    }

    /// The words of the box read as one line (boxes in the enlarged crop), or nil when none.
    func readWords(_ box: Contracts.Box?, allowing characters: String, engine: TesseractEngine) -> [OCRWord]? {
        guard let box, box.width > 4, box.height > 4 else { return nil }
        let pad = max(2, box.height / 4)
        guard let crop = card.text.crop(x: box.x - pad, y: box.y - pad, width: box.width + pad * 2, height: box.height + pad * 2) else { return nil }
        let scale = max(1, 56 / Double(crop.height))
        let big = scale > 1.05 ? crop.map { pixScaleGrayLI($0, Float(scale), Float(scale)) } : crop
        let words = engine.recognize(big, mode: .singleLine, whitelist: characters).lines.flatMap(\.words)
        return words.isEmpty ? nil : words
    }
}
