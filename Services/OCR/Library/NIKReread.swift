import CLeptonica
import Contracts

/// A second, digit-only reading of the NIK: the band right of the NIK label, upscaled and
/// recognised as one line with a digit whitelist, where the whole-card pass reads the NIK's
/// OCR-A-like face poorly.
struct NIKReread {
    let card: CardImage

    func read(around box: Contracts.Box?, engine: TesseractEngine) -> ReadValue? {
        let band: (pix: Pix, originX: Int, originY: Int)?
        if let box {
            let pad = box.height / 2
            band = card.text.crop(x: box.x - pad * 2, y: box.y - pad, width: box.width + pad * 4, height: box.height + pad * 2).map { ($0, 0, 0) }
        } else {
            band = card.zone(x: 0.18...0.72, y: 0.16...0.29)
        }
        guard let band else { return nil }
        let scale = max(1, 64 / Double(max(band.pix.height, 1)))
        let big = scale > 1.05 ? band.pix.map { pixScaleGrayLI($0, Float(scale), Float(scale)) } : band.pix
        let result = engine.recognize(big, mode: .singleLine, whitelist: "0123456789")
        let digits = result.text.filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        let confidence = result.lines.map(\.confidence).reduce(0, +) / Double(max(result.lines.count, 1))
        return ReadValue(text: String(digits), confidence: confidence, box: box)
    }
}
