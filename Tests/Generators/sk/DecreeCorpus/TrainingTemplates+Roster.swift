import DecreeEntities

extension TrainingTemplates {
    /// A collective decree's attachment as OCR reads a table: a header row and one row per
    /// employee, cells split by bars, semicolons or wide gaps.
    static func roster(_ w: inout DecreeWriter, _ f: DecreeFacts, _ form: String, _ rng: inout SeededGenerator) {
        if f.issuer.kind != .presiden { w.letterhead(f, rng: &rng) }
        w.titleBlock(f, form: form, numberLabel: rng.pick(["NOMOR : ", "NOMOR "]), rng: &rng)
        w.considerations(f, rng: &rng)
        lgSentence(&w, f, rng: &rng)
        w.text("\nMEMUTUSKAN :\nMenetapkan : kenaikan pangkat Pegawai Negeri Sipil sebagaimana tercantum dalam lampiran berikut.\n\n")
        let bar = rng.pick([" | ", "   ", " ; ", " |  "])
        let header = rng.chance(0.5)
            ? ["No.", "Nama Pegawai", "NIP", "Pangkat Lama", "Pangkat Baru", "TMT"]
            : ["NO", "NAMA", "NIP", "GOL. LAMA", "GOL. BARU", "TERHITUNG MULAI"]
        w.text((bar == " | " ? "| " : "") + header.joined(separator: bar) + "\n" + (bar == " | " ? "| " : "") + "1" + bar)
        w.entity(.namaPNS, f.name.printed)
        w.text(bar)
        w.entity(.nipPNS, f.nipWritten(f.nip, rng: &rng))
        let old = f.rankWritten(f.oldRank, rng: &rng)
        w.text(bar + old.rank + old.after + bar)
        let new = f.rankWritten(f.newRank, rng: &rng)
        w.entity(.pangkatBaru, new.rank)
        w.text(new.after + bar)
        w.entity(.tmtKP, f.date(f.tmt, rng: &rng))
        w.text("\n\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n")
        w.signature(f, rng: &rng)
        w.certification(f, form: form, rng: &rng)
    }
}
