import DecreeEntities

/// Wordings that only the `other` split uses, as letters from offices whose formats the model
/// never saw: a DIKTUM sentence that names the NIP before the name, and an OCR-read table.
enum OtherTemplates {
    static var all: [(name: String, write: (inout DecreeWriter, DecreeFacts, String, inout SeededGenerator) -> Void)] { [
        ("diktum", diktum), ("table", table),
    ] }

    static func diktum(_ w: inout DecreeWriter, _ f: DecreeFacts, _ form: String, _ rng: inout SeededGenerator) {
        if f.issuer.kind != .presiden { for line in f.issuer.letterhead { w.text(line.capitalizedWords() + "\n") } }
        w.text("\n\(form == "PETIKAN" ? "Petikan" : "Salinan") dari Keputusan \(f.issuer.title.capitalizedWords())\n\(rng.pick(["No. ", "No : ", "Nomor Keputusan : "]))")
        w.entity(.nomorSK, f.nomorSK)
        w.text("\ntentang\nPenetapan Kenaikan Pangkat Pegawai Negeri Sipil\n\n")
        w.text("Membaca : surat usul kenaikan pangkat dari Kepala \(f.unit) beserta kelengkapannya;\n")
        w.text("Memperhatikan : Persetujuan Kenaikan Pangkat dari Kepala Kantor Regional BKN \(rng.pick(["No.", "No", "Nomor"])) ")
        w.entity(.nomorLGBKN, f.lg)
        w.text(", \(rng.pick(["tgl.", "tertanggal", "tanggal"])) ")
        w.entity(.tanggalLGBKN, f.date(f.lgDate, rng: &rng))
        w.text(";\nMengingat : Undang-Undang Aparatur Sipil Negara dan peraturan pelaksanaannya;\n\nMEMUTUSKAN\n\n")
        w.text("DIKTUM KESATU : Pegawai Negeri Sipil dengan Nomor Induk Pegawai ")
        w.entity(.nipPNS, f.nipWritten(f.nip, rng: &rng))
        w.text(" atas nama ")
        w.entity(.namaPNS, f.name.printed)
        w.text(", lahir di \(f.birthPlace) pada \(f.date(f.birthDate, rng: &rng)), \(rng.pick(["terhitung sejak", "mulai tanggal", "terhitung tanggal"])) ")
        w.entity(.tmtKP, f.date(f.tmt, rng: &rng))
        w.text(" dinaikkan pangkatnya dari ")
        let old = f.rankWritten(f.oldRank, rng: &rng)
        w.text(old.rank + old.after + " ke ")
        let new = f.rankWritten(f.newRank, rng: &rng)
        w.entity(.pangkatBaru, new.rank)
        w.text(new.after + ".\nDIKTUM KEDUA : Gaji pokok ditetapkan Rp\(f.salary.dotted()) per bulan, masa kerja \(f.yearsOfService.0) tahun \(f.yearsOfService.1) bulan.\n")
        w.text("\nDitetapkan di : \(f.issuer.place)\nPada tanggal : \(f.signed.written(3))\n\(f.issuer.title.capitalizedWords())\n\n\(f.signer.capitalizedWords())\n")
        w.text("\nUntuk \(form.lowercased()) yang sah,\n\(f.issuer.personnelOffice.capitalizedWords())\n\(f.certifier.name)\nNIP \(f.certifier.nip)\n")
    }

    static func table(_ w: inout DecreeWriter, _ f: DecreeFacts, _ form: String, _ rng: inout SeededGenerator) {
        w.text("\(f.issuer.letterhead.first ?? "")\n\(form)\nKEPUTUSAN \(f.issuer.title)\nNOMOR ")
        w.entity(.nomorSK, f.nomorSK)
        w.text("\nTENTANG KENAIKAN PANGKAT\n\n\(f.issuer.title),\n")
        w.text("Berdasarkan \(rng.pick(["Persetujuan Teknis BKN", "Pertek BKN", "Nota Persetujuan Kepala BKN"])) Nomor ")
        w.entity(.nomorLGBKN, f.lg)
        w.text(" Tanggal ")
        w.entity(.tanggalLGBKN, f.date(f.lgDate, rng: &rng))
        w.text(" dan hasil sidang tim penilai, menetapkan kenaikan pangkat pegawai dalam daftar berikut:\n\n")
        w.text("| NO | NAMA / NIP | PANGKAT LAMA | PANGKAT BARU | TMT | KET |\n| 1 | ")
        w.entity(.namaPNS, f.name.printed)
        w.text(" | ")
        let old = f.rankWritten(f.oldRank, rng: &rng)
        w.text(old.rank + old.after + " | ")
        let new = f.rankWritten(f.newRank, rng: &rng)
        w.entity(.pangkatBaru, new.rank)
        w.text(new.after + " | ")
        w.entity(.tmtKP, f.date(f.tmt, rng: &rng))
        w.text(" | Reguler |\n|   | ")
        w.entity(.nipPNS, f.nipWritten(f.nip, rng: &rng))
        w.text(" |  |  |  |  |\n\n")
        w.text("Gaji pokok baru Rp \(f.salary.dotted()),00, masa kerja golongan \(f.yearsOfService.0) tahun \(f.yearsOfService.1) bulan.\n")
        w.text("\n\(f.issuer.place), \(f.signed.written(1))\n\(f.issuer.title)\n\(f.signer)\n")
        w.text("\nTembusan: Kepala BKN; Kepala Kantor Regional BKN; yang bersangkutan.\n")
    }
}
