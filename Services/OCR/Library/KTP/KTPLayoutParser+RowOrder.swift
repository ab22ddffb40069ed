import Contracts

/// Rows whose label OCR could not read ("Neme", "Na", "Alam") but whose colon stands in the
/// colon column: the e-KTP prints its rows in one order fixed by law, so such a row is the
/// missing label between the labelled rows around it.
extension KTPLayoutParser {
    static let rowOrder: [KTPLabel] = [
        .nik, .nama, .tempatTglLahir, .jenisKelamin, .alamat, .rtRw, .kelDesa, .kecamatan, .agama,
        .statusPerkawinan, .pekerjaan, .kewarganegaraan, .berlakuHingga,
    ]
    /// Labels a row without a readable label may be given (the NIK is re-read on its own, so it
    /// is not filled this way; the sex row is split into sex and blood type as when labelled).
    static let fillable: Set<KTPLabel> = [.nama, .tempatTglLahir, .jenisKelamin, .alamat, .rtRw, .kelDesa, .kecamatan, .agama,
                                          .statusPerkawinan, .pekerjaan, .kewarganegaraan, .berlakuHingga]

    /// The words after a colon-like mark standing in the colon column among a row's first
    /// words (or a colon opening the row), or nil when the row has no such mark (a wrapped
    /// value, a stray line).
    static func afterColonMark(_ words: [OCRWord], colonX: Int?) -> [OCRWord]? {
        guard let colonX else { return nil }
        // A row may start with its colon when glare took the whole label; only a colon read as
        // one counts there (a wrapped value's first word stands near the colon column too).
        for (index, word) in words.prefix(4).enumerated() where (index > 0 || [":", ";"].contains(word.text)) && word.text.count <= 2 {
            guard word.text.allSatisfy({ ":;!|=>1Il.,".contains($0) }) else { continue }
            if abs(word.box.x - colonX) <= max(word.box.height, 12) { return Array(words[(index + 1)...]) }
        }
        return nil
    }

    /// Gives each run of unlabelled rows the labels missing between the labelled rows around it,
    /// in the printed order, when the run holds exactly as many rows as labels are missing.
    func fillingByRowOrder(_ result: inout Result, labelLines: [KTPLabel: Int], unlabelled: [(line: Int, words: [OCRWord])]) {
        var position = 0
        while position < Self.rowOrder.count {
            guard labelLines[Self.rowOrder[position]] == nil else { position += 1; continue }
            var end = position
            while end < Self.rowOrder.count, labelLines[Self.rowOrder[end]] == nil { end += 1 }
            let before = position > 0 ? labelLines[Self.rowOrder[position - 1]] ?? -1 : -1
            let after = end < Self.rowOrder.count ? labelLines[Self.rowOrder[end]] ?? Int.max : Int.max
            let rows = unlabelled.filter { $0.line > before && $0.line < after }
            // The NIK's face is the one the whole-card pass most often reads as nothing at all.
            let labels = rows.count == end - position - 1 && position == 0 ? Self.rowOrder[1..<end] : Self.rowOrder[position..<end]
            if rows.count == labels.count {
                for (label, row) in zip(labels, rows) where Self.fillable.contains(label) && result.values[label] == nil {
                    guard label == .jenisKelamin else {
                        result.values[label] = value(of: row.words)
                        continue
                    }
                    let (sex, blood, labelled) = splitBloodType(row.words)
                    result.values[.jenisKelamin] = value(of: sex)
                    if result.values[.golonganDarah] == nil {
                        result.values[.golonganDarah] = value(of: blood) ?? (labelled ? ReadValue(text: "-", confidence: 0.6, box: nil) : nil)
                    }
                }
            }
            position = end
        }
    }
}
