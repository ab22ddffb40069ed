import CLeptonica
import Contracts

/// A second, dedicated reading of the NIK: the band right of the NIK label is cut into its 16
/// glyphs and each is matched against templates of the NIK faces; when segmentation fails the
/// band is recognised by Tesseract as one line with a digit whitelist. The whole-card pass reads
/// the NIK's OCR-A-like face poorly.
struct NIKReread {
    let card: CardImage
    let glyphs: NIKGlyphReader

    /// Reads the NIK from every band it may stand in and keeps the surest reading: around `box`
    /// (where the layout found the NIK's value), the strip between the header (`headerBottom`)
    /// and the first labelled row (`firstRowTop`), and the zone where the NIK stands on the card.
    func read(around box: Contracts.Box?, headerBottom: Int? = nil, firstRowTop: Int? = nil, engine: TesseractEngine) -> ReadValue? {
        let bands = [boxBand(box), stripBand(headerBottom: headerBottom, firstRowTop: firstRowTop), card.zone(x: 0.15...0.74, y: 0.14...0.34)?.pix]
            .compactMap { $0 }
        let readings = bands.flatMap { band in [band, band.map { pixContrastNorm(nil, $0, 24, 24, 40, 1, 1) }].compactMap(GrayImage.init).compactMap(glyphs.read).map { (band, $0) } }
        if let (band, reading) = readings.max(by: { $0.1.confidence < $1.1.confidence }) {
            var alternatives = reading.alternatives
            if Self.isDoubtful(alternatives), let second = tesseractDigits(band, engine: engine), let voted = Self.voting(alternatives, for: second.digits) {
                alternatives = voted
            }
            return ReadValue(text: reading.digits, confidence: reading.confidence, box: box, perCharacter: reading.perDigit, alternatives: alternatives)
        }
        guard let band = bands.first, let read = tesseractDigits(band, engine: engine) else { return nil }
        return ReadValue(text: read.digits, confidence: read.confidence, box: box)
    }

    private func boxBand(_ box: Contracts.Box?) -> Pix? {
        guard let box else { return nil }
        let pad = box.height / 3
        let left = box.x - pad, right = max(box.x + box.width + pad, Int(Double(card.width) * 0.70))
        return card.text.crop(x: left, y: box.y - pad, width: right - left, height: box.height + pad * 2)
    }

    private func stripBand(headerBottom: Int?, firstRowTop: Int?) -> Pix? {
        guard let firstRowTop, firstRowTop > card.height / 8 else { return nil }
        let top = max(headerBottom ?? 0, firstRowTop - card.height / 6)
        return card.text.crop(x: Int(Double(card.width) * 0.12), y: top, width: Int(Double(card.width) * 0.62), height: firstRowTop - top)
    }
}
