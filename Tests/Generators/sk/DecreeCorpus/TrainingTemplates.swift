import DecreeEntities

/// The wordings train and test decrees are written in: a numbered list under KESATU, a
/// narrative PERTAMA sentence, and a key-value attachment. The `other` split never uses them.
enum TrainingTemplates {
    static var all: [(name: String, write: (inout DecreeWriter, DecreeFacts, String, inout SeededGenerator) -> Void)] { [
        ("numbered", numbered), ("narrative", narrative), ("attachment", attachment), ("roster", roster),
    ] }

    static func lgSentence(_ w: inout DecreeWriter, _ f: DecreeFacts, rng: inout SeededGenerator) {
        w.text("Memperhatikan : \(rng.pick(["Pertimbangan Teknis", "Persetujuan Teknis"])) Kepala Badan Kepegawaian Negara \(rng.pick(["Nomor", "Nomor :", "Nomor:"])) ")
        w.entity(.nomorLGBKN, f.lg)
        w.text(" \(rng.pick(["tanggal", "Tanggal", "tanggal :"])) ")
        w.entity(.tanggalLGBKN, f.date(f.lgDate, rng: &rng))
        w.text(";\n")
    }

    typealias Item = (inout DecreeWriter, inout SeededGenerator) -> Void

    /// The employee's particulars as labelled items, in the usual order or shuffled.
    static func particulars(_ f: DecreeFacts, upper: Bool, rng: inout SeededGenerator) -> [Item] {
        func label(_ options: [String], _ rng: inout SeededGenerator) -> String {
            let chosen = rng.pick(options)
            return upper ? chosen.uppercased() : chosen
        }
        var items: [Item] = [
            { w, rng in
                w.text(label(["Nama", "Nama", "Nama Pegawai", "Nama Lengkap", "N a m a", "Nama PNS"], &rng) + " : ")
                w.entity(.namaPNS, f.name.printed)
            },
            { w, rng in
                w.text(label(["NIP", "NIP", "NIP.", "N I P", "NIP Baru"], &rng) + " : ")
                w.entity(.nipPNS, f.nipWritten(f.nip, rng: &rng))
            },
            { w, rng in
                w.text(label(["Tempat/Tanggal Lahir", "Tempat, Tgl. Lahir", "Tempat dan Tanggal Lahir"], &rng) + " : ")
                w.text("\(upper ? f.birthPlace.uppercased() : f.birthPlace)\(rng.pick([", ", " / ", ", "]))\(f.date(f.birthDate, rng: &rng))")
            },
            { w, rng in
                let old = f.rankWritten(f.oldRank, rng: &rng)
                w.text(label(["Pangkat/Golongan ruang lama", "Pangkat lama", "Pangkat/Gol. Ruang Lama"], &rng) + " : " + old.rank + old.after)
            },
            { w, rng in w.text(label(["Jabatan", "Jabatan Fungsional", "Jabatan Terakhir"], &rng) + " : \(f.position)") },
            { w, rng in w.text(label(["Unit Kerja", "Satuan Kerja", "Instansi"], &rng) + " : \(upper ? f.unit.uppercased() : f.unit)") },
        ]
        if rng.chance(0.4) {
            rng.shuffle(&items)
        } else if rng.chance(0.3) {
            items.swapAt(0, 1)
        }
        return items
    }

    static func numbered(_ w: inout DecreeWriter, _ f: DecreeFacts, _ form: String, _ rng: inout SeededGenerator) {
        if f.issuer.kind != .presiden { w.letterhead(f, rng: &rng) }
        w.titleBlock(f, form: form, numberLabel: rng.pick(["NOMOR : ", "NOMOR: ", "Nomor "]), rng: &rng)
        w.considerations(f, rng: &rng)
        lgSentence(&w, f, rng: &rng)
        w.text("\nMEMUTUSKAN :\nMenetapkan :\nKESATU : Menaikkan pangkat Pegawai Negeri Sipil :\n")
        let numbering = rng.pick(["1.", "a.", "-", ""])
        for (k, item) in particulars(f, upper: false, rng: &rng).enumerated() {
            w.text(numbering == "1." ? "\(k + 1). " : numbering == "a." ? "\(["a", "b", "c", "d", "e", "f"][k]). " : numbering.isEmpty ? "" : "- ")
            item(&w, &rng)
            w.text("\n")
        }
        w.text(rng.pick(["menjadi Pangkat/Golongan ruang baru : ", "menjadi pangkat ", "Pangkat/Gol. Ruang Baru : ", "dinaikkan pangkatnya menjadi "]))
        let new = f.rankWritten(f.newRank, rng: &rng)
        w.entity(.pangkatBaru, new.rank)
        w.text(new.after + "\n\(rng.pick(["terhitung mulai tanggal", "Terhitung mulai tanggal", "TMT", "T.M.T.", "berlaku mulai tanggal"])) ")
        w.entity(.tmtKP, f.date(f.tmt, rng: &rng))
        w.text(" dengan masa kerja golongan \(f.yearsOfService.0) tahun \(f.yearsOfService.1) bulan dan diberikan gaji pokok sebesar Rp \(f.salary.dotted()),00.\n")
        w.text("KEDUA : Apabila di kemudian hari ternyata terdapat kekeliruan dalam Keputusan ini, akan diadakan perbaikan sebagaimana mestinya.\nKETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n")
        w.signature(f, rng: &rng)
        if form == "PETIKAN" {
            w.text("\nPetikan Keputusan ini disampaikan kepada \(rng.pick(["Sdr.", "Yth.", "Saudara"])) ")
            w.entity(.namaPNS, f.name.printed)
            w.text(" untuk diketahui dan dipergunakan sebagaimana mestinya.\n")
        }
        w.certification(f, form: form, rng: &rng)
        if form == "SALINAN" { w.copies(f, rng: &rng) }
    }

    static func narrative(_ w: inout DecreeWriter, _ f: DecreeFacts, _ form: String, _ rng: inout SeededGenerator) {
        if f.issuer.kind != .presiden, rng.chance(0.6) { w.letterhead(f, rng: &rng) }
        w.titleBlock(f, form: form, numberLabel: rng.pick(["NOMOR ", "NOMOR : "]), rng: &rng)
        w.considerations(f, rng: &rng)
        lgSentence(&w, f, rng: &rng)
        w.text("\nMEMUTUSKAN:\nMenetapkan :\nPERTAMA : Terhitung mulai tanggal ")
        w.entity(.tmtKP, f.date(f.tmt, rng: &rng))
        if rng.chance(0.6) {
            w.text(" menaikkan pangkat \(rng.pick(["Sdr.", "Saudara", "Sdri."])) ")
            w.entity(.namaPNS, f.name.printed)
            w.text(" \(rng.pick(["NIP", "NIP.", "NIP :", ", NIP"])) ")
            w.entity(.nipPNS, f.nipWritten(f.nip, rng: &rng))
        } else {
            w.text(" menaikkan pangkat Pegawai Negeri Sipil \(rng.pick(["NIP", "NIP.", "ber-NIP"])) ")
            w.entity(.nipPNS, f.nipWritten(f.nip, rng: &rng))
            w.text(rng.pick([", ", " (", " Sdr. ", ", yaitu "]))
            w.entity(.namaPNS, f.name.printed)
        }
        w.text(", \(f.position) pada \(f.unit), dari pangkat ")
        let old = f.rankWritten(f.oldRank, rng: &rng)
        w.text(old.rank + old.after + " menjadi ")
        let new = f.rankWritten(f.newRank, rng: &rng)
        w.entity(.pangkatBaru, new.rank)
        w.text(new.after + " dengan masa kerja golongan \(f.yearsOfService.0) tahun \(f.yearsOfService.1) bulan.\n")
        w.text("KEDUA : Kepada Pegawai Negeri Sipil tersebut diberikan gaji pokok sebesar Rp \(f.salary.dotted()),00 sesuai ketentuan peraturan perundang-undangan.\n")
        w.text("KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila terdapat kekeliruan akan diadakan perbaikan.\n")
        w.signature(f, rng: &rng)
        w.certification(f, form: form, rng: &rng)
        w.copies(f, rng: &rng)
    }

    static func attachment(_ w: inout DecreeWriter, _ f: DecreeFacts, _ form: String, _ rng: inout SeededGenerator) {
        if f.issuer.kind != .presiden { w.letterhead(f, rng: &rng) }
        w.titleBlock(f, form: form, numberLabel: "NOMOR : ", rng: &rng)
        w.text("MEMUTUSKAN :\nMenetapkan : KEPUTUSAN \(f.issuer.title) TENTANG KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL\n\n")
        w.text("\(rng.pick(["DATA PEGAWAI", "LAMPIRAN KEPUTUSAN", "DAFTAR KENAIKAN PANGKAT"]))\n")
        var items = particulars(f, upper: true, rng: &rng)
        items.append { w, rng in
            let new = f.rankWritten(f.newRank, rng: &rng)
            w.text(rng.pick(["PANGKAT BARU : ", "PANGKAT/GOL. RUANG BARU : "]))
            w.entity(.pangkatBaru, new.rank)
            w.text(new.after)
        }
        items.append { w, rng in
            w.text(rng.pick(["TMT : ", "TMT KENAIKAN PANGKAT : ", "TERHITUNG MULAI TANGGAL : "]))
            w.entity(.tmtKP, f.date(f.tmt, rng: &rng))
        }
        items.append { w, rng in
            w.text(rng.pick(["NOTA PERSETUJUAN BKN : NOMOR ", "PERTEK BKN NOMOR : ", "PERSETUJUAN TEKNIS BKN : "]))
            w.entity(.nomorLGBKN, f.lg)
            w.text(rng.pick([" TANGGAL ", " TGL. ", ", TANGGAL "]))
            w.entity(.tanggalLGBKN, f.date(f.lgDate, rng: &rng))
        }
        items.append { w, _ in w.text("MASA KERJA GOLONGAN : \(f.yearsOfService.0) TAHUN \(f.yearsOfService.1) BULAN") }
        items.append { w, _ in w.text("GAJI POKOK BARU : Rp \(f.salary.dotted()),00") }
        if rng.chance(0.3) { rng.shuffle(&items) }
        for (k, item) in items.enumerated() {
            w.text("\(k + 1). ")
            item(&w, &rng)
            w.text("\n")
        }
        w.signature(f, rng: &rng)
        w.certification(f, form: form, rng: &rng)
    }
}

extension Int {
    /// `3210000` → `3.210.000`.
    func dotted() -> String {
        let digits = Array(String(self))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return out
    }
}
