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
        guard let words = readWords(box, allowing: characters + " ", engine: engine) else { return nil }
        return Self.respacing(reading, by: clean(words.map(\.text).joined(separator: " ")), shortestWord: shortestWord)
    }

    /// `text` when it spells `reading`'s characters with more word breaks, each word it splits
    /// off at least `shortestWord` long; otherwise nil.
    static func respacing(_ reading: String, by text: String, shortestWord: Int = 1) -> String? {
        let split = text.split(separator: " ")
        guard text.filter({ !$0.isWhitespace }) == reading.filter({ !$0.isWhitespace }), split.count > reading.split(separator: " ").count else { return nil }
        let original = Set(reading.split(separator: " "))
        return split.allSatisfy({ original.contains($0) || $0.count >= shortestWord }) ? text : nil
    }
}
