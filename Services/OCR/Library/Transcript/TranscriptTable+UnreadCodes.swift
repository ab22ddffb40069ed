import Contracts
import Foundation

extension TranscriptTable {
    /// Whether the page shows clearly more course codes than the table read rows (at least three
    /// more, and half as many again): a second table beside the first whose SKS and grade cells
    /// Tesseract's layout dropped (under a photo) leaves its codes and names on the lines of the
    /// first table's rows, read as nothing, not even as unreadable rows. Only codes of one to five
    /// letters and two or more digits count ("TIK213537"): a numeric one is too like a NIM, an
    /// academic period ("20211") or a score range ("81.00-100.00"), and "Semester1" is a word.
    func showsFewerRows(thanCodesIn words: [OCRWord]) -> Bool {
        let codes = words.filter { word in
            guard let code = Self.codeValue(word.text) else { return false }
            let letters = code.filter(\.isLetter).count
            return (1...5).contains(letters) && code.filter(\.isNumber).count >= 2
        }.count
        return codes >= rows.count + 3 && codes * 2 >= rows.count * 3
    }
}
