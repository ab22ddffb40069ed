import CLeptonica
import Contracts

/// Word gaps the whole-card pass missed. Names and addresses are sometimes printed with narrow
/// word gaps, and the whole-card pass runs the words together ("KURNIAASMAN"). The value's line,
/// read on its own with the space allowed, separates them (a read stretched sideways split too
/// eagerly: "SIH OMBING"). Only the spacing is taken from that read: its characters must agree
/// with the whole-card reading one for one, and each word it splits off must be at least
/// `shortestWord` long.
extension FieldReread {
    /// `reading` with more word breaks, or nil when no agreeing read of the box finds any.
    func respaced(_ reading: String, box: Contracts.Box?, allowing characters: String, shortestWord: Int = 1,
                  clean: (String) -> String, engine: TesseractEngine) -> String? {
        guard let box, box.width > 4, box.height > 4 else { return nil }
        let pad = max(2, box.height / 4)
        guard let crop = card.text.crop(x: box.x - pad, y: box.y - pad, width: box.width + pad * 2, height: box.height + pad * 2) else { return nil }
        let scale = max(1, 56 / Double(crop.height))
        let target = reading.filter { !$0.isWhitespace }, words = reading.split(separator: " ").count
        let image = scale > 1.05 ? crop.map { pixScaleGrayLI($0, Float(scale), Float(scale)) } : crop
        let text = clean(engine.recognize(image, mode: .singleLine, whitelist: characters + " ").text)
        let split = text.split(separator: " ")
        guard text.filter({ !$0.isWhitespace }) == target, split.count > words else { return nil }
        let original = Set(reading.split(separator: " "))
        return split.allSatisfy({ original.contains($0) || $0.count >= shortestWord }) ? text : nil
    }
}
