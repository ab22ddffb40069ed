import Contracts
import Foundation

extension TranscriptReader {
    /// Words that begin a student block's label.
    static let gridLabelWords: Set<String> = ["nim", "npm", "nrp", "nama", "name", "semester", "smt", "ipk", "gpa", "program", "prodi",
                                               "angkatan", "status", "fakultas", "jurusan", "tahun", "kelas", "dosen", "jenjang"]
    /// Words that follow them in a label ("Nama Mahasiswa", "Program Studi", "Tahun Masuk").
    static let gridLabelTails: Set<String> = ["mahasiswa", "mhs", "lengkap", "studi", "akademik", "masuk", "aktif", "ke", "wali", "pembimbing"]

    /// A student block printed as a grid: a row of labels without colons ("NIM   NAMA MAHASISWA
    /// SEMESTER") over a row of their values ("2313125141132   CINTA DABUKKE   4"). Each label is
    /// given the words standing under it, as if printed "NIM : 2313125141132"; other lines pass as they are.
    static func withGridValues(_ lines: [[OCRWord]]) -> [[OCRWord]] {
        var result: [[OCRWord]] = [], index = 0
        while index < lines.count {
            if index + 1 < lines.count, let labels = gridLabels(lines[index]), gridLabels(lines[index + 1]) == nil,
                let labelled = labelled(labels, by: lines[index + 1]) {
                result += labelled
                index += 2
            } else {
                result.append(lines[index])
                index += 1
            }
        }
        return result
    }

    /// The labels of a grid's label row, cut at gaps of over two word heights: two or more, each
    /// a label word and its tail words only, one of them the student's name or number (a table's header,
    /// "Semester  SKS  IPK", is no student block); no colon and no digit on the line.
    static func gridLabels(_ line: [OCRWord]) -> [[OCRWord]]? {
        guard line.count >= 2, !line.contains(where: { $0.text.contains(":") || $0.text.contains(where: \.isNumber) }) else { return nil }
        var parts: [[OCRWord]] = []
        for word in line {
            if let last = parts.last?.last, word.box.x - (last.box.x + last.box.width) <= max(last.box.height, 8) * 2 {
                parts[parts.count - 1].append(word)
            } else {
                parts.append([word])
            }
        }
        let firsts = parts.compactMap { $0.first?.text.lowercased().filter(\.isLetter) }
        let tails = parts.flatMap { $0.dropFirst() }.map { $0.text.lowercased().filter(\.isLetter) }
        guard parts.count >= 2, firsts.allSatisfy(gridLabelWords.contains), tails.allSatisfy(gridLabelTails.contains),
            firsts.contains(where: { ["nim", "npm", "nrp", "nama", "name"].contains($0) }) else { return nil }
        return parts
    }

    /// `labels` each followed by a colon and the words of `values` under it (from its first word's
    /// left, less a word height, to the next label's), when `values` lies just below (within three
    /// word heights) and stands under two labels or more; nil otherwise.
    static func labelled(_ labels: [[OCRWord]], by values: [OCRWord]) -> [[OCRWord]]? {
        guard let top = labels.first?.first, let first = values.first else { return nil }
        let height = Double(max(top.box.height, 8)), drop = TranscriptTable.mean(values) - TranscriptTable.mean(labels.flatMap { $0 })
        guard drop > height * 0.8, drop < height * 3.5 else { return nil }
        let starts = labels.compactMap { $0.first.map { $0.box.x - Int(height) } }
        var under = [[OCRWord]](repeating: [], count: labels.count)
        for word in values {
            guard let column = starts.lastIndex(where: { $0 <= word.box.x }) else { return nil }
            under[column].append(word)
        }
        guard under.filter({ !$0.isEmpty }).count >= 2 else { return nil }
        return zip(labels, under).map { label, value in
            guard let last = label.last else { return label + value }
            let colon = OCRWord(text: ":", box: Box(x: last.box.x + last.box.width + 2, y: last.box.y, width: 2, height: last.box.height), confidence: first.confidence)
            return label + [colon] + value
        }
    }
}
