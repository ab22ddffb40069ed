import DecreeEntities

/// Parts most decrees share: letterhead, title block, legal considerations, signature and
/// certification of a copy. Every template uses them in its own order and wording.
extension DecreeWriter {
    mutating func letterhead(_ f: DecreeFacts, rng: inout SeededGenerator) {
        for line in f.issuer.letterhead { text(line + "\n") }
        if rng.chance(0.5) { text("Laman: www.\(f.issuer.place.lowercased().replacingSpaces()).go.id Pos-el: bkpsdm@\(f.issuer.place.lowercased().replacingSpaces()).go.id\n") }
        text("\n")
    }

    mutating func titleBlock(_ f: DecreeFacts, form: String, numberLabel: String, rng: inout SeededGenerator) {
        text("\(form)\nKEPUTUSAN \(f.issuer.title)\n\(numberLabel)")
        entity(.nomorSK, f.nomorSK)
        text("\n\nTENTANG\n\n\(rng.pick(["KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL", "KENAIKAN PANGKAT REGULER PEGAWAI NEGERI SIPIL", "KENAIKAN PANGKAT PILIHAN JABATAN FUNGSIONAL"]))\n\n")
        text("\(rng.pick(["DENGAN RAHMAT TUHAN YANG MAHA ESA", ""]))\n\n\(f.issuer.title),\n\n")
    }

    mutating func considerations(_ f: DecreeFacts, rng: inout SeededGenerator) {
        text("Menimbang : a. bahwa Pegawai Negeri Sipil yang namanya tersebut dalam Keputusan ini telah memenuhi syarat untuk dinaikkan pangkatnya setingkat lebih tinggi;\n")
        text("b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan \(f.issuer.title.capitalizedWords()) tentang Kenaikan Pangkat;\n")
        text("Mengingat : 1. Undang-Undang Nomor \(rng.pick(["20 Tahun 2023", "5 Tahun 2014"])) tentang Aparatur Sipil Negara;\n")
        text("2. Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 12 Tahun 2002;\n")
        text("3. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;\n")
        if rng.chance(0.6) { text("4. Peraturan Badan Kepegawaian Negara Nomor \(rng.int(1...20)) Tahun \(rng.int(2019...2023)) tentang Tata Cara Kenaikan Pangkat;\n") }
    }

    mutating func signature(_ f: DecreeFacts, rng: inout SeededGenerator) {
        text("\nDitetapkan di \(f.issuer.place)\npada tanggal \(f.date(f.signed, rng: &rng))\n\n\(f.issuer.title),\n\n")
        text(rng.pick(["ttd.\n\n", "ttd\n\n", "\n", "TTD\n\n"]))
        text("\(f.signer)\n")
    }

    mutating func certification(_ f: DecreeFacts, form: String, rng: inout SeededGenerator) {
        text("\n\(form == "PETIKAN" ? "Petikan" : "Salinan") sesuai dengan aslinya\n\(f.issuer.personnelOffice),\n\n\(f.certifier.name)\n")
        if rng.chance(0.4) {
            let rank = f.rankWritten(rng.int(12...15), rng: &rng)
            text(rank.rank + rank.after + "\n")
        }
        let nip = f.nipWritten(f.certifier.nip, rng: &rng)
        text("\(rng.pick(["NIP. ", "NIP ", "NIP: "]))\(nip)\n")
    }

    mutating func copies(_ f: DecreeFacts, rng: inout SeededGenerator) {
        text("\nTembusan Keputusan ini disampaikan kepada Yth.:\n1. Kepala Badan Kepegawaian Negara di Jakarta;\n")
        text("2. Kepala Kantor Regional BKN;\n3. \(rng.pick(["Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala KPPN", "Bendahara Gaji"]));\n4. Pertinggal.\n")
    }
}

extension String {
    func replacingSpaces() -> String { String(filter { $0 != " " }) }

    func capitalizedWords() -> String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
