import RegionRegistry

/// Whose part of the receipt a label opens.
enum AddressRole: String, Sendable {
    case recipient, sender, other
}

/// A word of a segment, folded (``PlaceText``), with whether a colon, or a comma or
/// semicolon (the end of an address part), followed it.
struct LabelledWord: Sendable, Equatable {
    var text: String
    var colonAfter: Bool
    var breakAfter: Bool = false

    static func words(_ raw: String) -> [LabelledWord] {
        var result: [LabelledWord] = []
        var spaced = ""
        for character in raw {
            if character == ":" || character == "," || character == ";" || character == "|" { spaced += " \(character) " } else { spaced.append(character) }
        }
        for token in spaced.split(whereSeparator: \.isWhitespace) {
            if token == ":" || token == "," || token == ";" || token == "|" {
                if !result.isEmpty {
                    result[result.count - 1].breakAfter = true
                    if token == ":" { result[result.count - 1].colonAfter = true }
                }
                continue
            }
            for word in PlaceText.words(String(token)) { result.append(LabelledWord(text: word, colonAfter: false)) }
        }
        return result
    }
}

/// The labels couriers print before the two addresses and before the other fields, in
/// Indonesian and English (JNE, J&T, SiCepat, TIKI, AnterAja, Pos Indonesia, Shopee/Lazada
/// labels). Misread labels are recognised within one edit (two for nine letters or more).
enum AddressLabel {
    static let vocabulary: [(words: [String], role: AddressRole)] = {
        let recipient = ["PENERIMA", "KEPADA", "KPD", "YTH", "TO", "TUJUAN", "SHIP TO", "DELIVER TO", "DIKIRIM KE", "KIRIM KE",
                         "RECEIVER", "RECIPIENT", "CONSIGNEE", "ALAMAT PENERIMA", "NAMA PENERIMA", "ALAMAT TUJUAN", "KOTA TUJUAN",
                         "DESTINATION", "PENERIMA PAKET", "BUYER", "PEMBELI"]
        let sender = ["PENGIRIM", "DARI", "FROM", "SENDER", "SHIPPER", "ASAL", "KOTA ASAL", "ORIGIN", "RETURN TO", "ALAMAT PENGIRIM",
                      "NAMA PENGIRIM", "PENJUAL", "SELLER", "ALAMAT RETUR", "RETUR KE"]
        let other = ["BERAT", "WEIGHT", "ONGKIR", "ONGKOS KIRIM", "BIAYA", "COD", "ISI", "ISI PAKET", "KETERANGAN", "CATATAN", "NOTE",
                     "NOTES", "DESKRIPSI", "QTY", "JUMLAH", "TGL", "TANGGAL", "LAYANAN", "SERVICE", "PRODUK", "NO RESI", "RESI",
                     "NO PESANAN", "ORDER", "ORDER ID", "PESANAN", "INSTRUKSI", "HARGA", "TOTAL", "NILAI", "ASURANSI", "KOLI",
                     "VOLUME", "DIMENSI", "AWB", "NO AWB", "PEMBAYARAN", "PAYMENT", "NON COD", "KODE BOOKING", "SORTING CODE"]
        return (recipient.map { ($0, AddressRole.recipient) } + sender.map { ($0, .sender) } + other.map { ($0, .other) })
            .map { (words: $0.0.split(separator: " ").map(String.init), role: $0.1) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// The label starting at `start`, and how many words it spans (bilingual labels such as
    /// `PENERIMA / CONSIGNEE` count as one).
    static func match(_ words: [LabelledWord], at start: Int) -> (role: AddressRole, length: Int)? {
        guard let first = single(words, at: start) else { return nil }
        var length = first.length
        while let next = single(words, at: start + length), next.role == first.role, !words[start + length - 1].colonAfter {
            length += next.length
        }
        return (first.role, length)
    }

    private static func single(_ words: [LabelledWord], at start: Int) -> (role: AddressRole, length: Int)? {
        guard start < words.count else { return nil }
        for entry in vocabulary where start + entry.words.count <= words.count {
            let matches = entry.words.enumerated().allSatisfy { offset, wanted in
                entry.role == .other && wanted.count < 8 ? words[start + offset].text == wanted : same(words[start + offset].text, wanted)
            }
            guard matches else { continue }
            if entry.role == .other, !fieldShaped(words, start: start, length: entry.words.count) { continue }
            return (entry.role, entry.words.count)
        }
        // A party label whose first letters OCR lost (`ERIMA`), alone on its line or before a colon.
        if words.count == start + 1 || words[start].colonAfter {
            for entry in vocabulary where entry.role != .other && entry.words.count == 1 {
                let label = entry.words[0], read = words[start].text
                if read.count >= 5, label.count - read.count <= 3, label.hasSuffix(read) { return (entry.role, 1) }
            }
        }
        // A long label OCR cut in two or three (`CONS IGNEE`, `PE NE RIMA`).
        var glued = words[start].text
        for length in 2...3 {
            guard start + length - 1 < words.count, !words[start + length - 2].colonAfter else { return nil }
            glued += words[start + length - 1].text
            for entry in vocabulary where entry.words.count == 1 && entry.words[0].count >= 6 + 2 * (length - 2) && same(glued, entry.words[0]) {
                return (entry.role, length)
            }
        }
        return nil
    }

    /// A field label (`Berat: 1 kg`) is followed by a colon, a number, or nothing: so an
    /// address line that happens to start with such a word is not cut off.
    static func fieldShaped(_ words: [LabelledWord], start: Int, length: Int) -> Bool {
        let end = start + length
        return words[end - 1].colonAfter || end == words.count || words[end].text.contains(where: \.isNumber)
    }
}
