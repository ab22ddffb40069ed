import CLeptonica
import Contracts

/// A second, dedicated reading of the NIK: the band right of the NIK label is cut into its 16
/// glyphs and each is matched against templates of the NIK faces; when segmentation fails the
/// band is recognised by Tesseract as one line with a digit whitelist. The whole-card pass reads
/// the NIK's OCR-A-like face poorly.
struct NIKReread {
    let card: CardImage
    let glyphs: NIKGlyphReader

    func read(around box: Contracts.Box?, engine: TesseractEngine) -> ReadValue? {
        let band: (pix: Pix, originX: Int, originY: Int)?
        if let box {
            let pad = box.height / 3
            let left = box.x - pad, right = max(box.x + box.width + pad, Int(Double(card.width) * 0.70))
            band = card.text.crop(x: left, y: box.y - pad, width: right - left, height: box.height + pad * 2).map { ($0, 0, 0) }
        } else {
            band = card.zone(x: 0.18...0.72, y: 0.16...0.29)
        }
        guard let band else { return nil }
        let even = band.pix.map { pixContrastNorm(nil, $0, 24, 24, 40, 1, 1) }
        let readings = [band.pix, even].compactMap(GrayImage.init).compactMap(glyphs.read)
        if let reading = readings.max(by: { $0.confidence < $1.confidence }) {
            return ReadValue(text: reading.digits, confidence: reading.confidence, box: box, perCharacter: reading.perDigit, alternatives: reading.alternatives)
        }
        let scale = max(1, 64 / Double(max(band.pix.height, 1)))
        let big = scale > 1.05 ? band.pix.map { pixScaleGrayLI($0, Float(scale), Float(scale)) } : band.pix
        let result = engine.recognize(big, mode: .singleLine, whitelist: "0123456789")
        let digits = result.text.filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        let confidence = result.lines.map(\.confidence).reduce(0, +) / Double(max(result.lines.count, 1))
        return ReadValue(text: String(digits), confidence: confidence, box: box)
    }
}
