/// The five kinds of issuer of a promotion decree.
public enum IssuerKind: String, CaseIterable, Sendable {
    case presiden, menteri, gubernur, walikota, bupati
}

/// One issuing office: how its decrees are headed and numbered, where they are signed, who
/// certifies copies. `seen` issuers feed train/test; `unseen` ones only the `other` split.
struct Issuer {
    var kind: IssuerKind
    /// `BUPATI SLEMAN`, `MENTERI KEUANGAN REPUBLIK INDONESIA`.
    var title: String
    var place: String
    var letterhead: [String]
    var personnelOffice: String

    static func all(unseen: Bool) -> [Issuer] { unseen ? unseenIssuers : seenIssuers }

    static func local(_ kind: IssuerKind, _ region: String, _ place: String, _ office: String, _ street: String) -> Issuer {
        let government = kind == .gubernur ? "PEMERINTAH PROVINSI \(region)" : kind == .walikota ? "PEMERINTAH KOTA \(region)" : "PEMERINTAH KABUPATEN \(region)"
        let head = kind == .gubernur ? "GUBERNUR \(region)" : kind == .walikota ? "WALIKOTA \(region)" : "BUPATI \(region)"
        return Issuer(kind: kind, title: head, place: place, letterhead: [government, office, street], personnelOffice: office)
    }

    static let seenIssuers: [Issuer] = [
        Issuer(kind: .presiden, title: "PRESIDEN REPUBLIK INDONESIA", place: "Jakarta", letterhead: ["PRESIDEN", "REPUBLIK INDONESIA"], personnelOffice: "KEPALA BIRO KEPEGAWAIAN"),
        Issuer(kind: .menteri, title: "MENTERI KEUANGAN REPUBLIK INDONESIA", place: "Jakarta", letterhead: ["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "Jalan Dr. Wahidin Raya Nomor 1 Jakarta 10710"], personnelOffice: "KEPALA BIRO SUMBER DAYA MANUSIA"),
        Issuer(kind: .menteri, title: "MENTERI AGAMA REPUBLIK INDONESIA", place: "Jakarta", letterhead: ["KEMENTERIAN AGAMA REPUBLIK INDONESIA", "Jalan Lapangan Banteng Barat No. 3-4 Jakarta"], personnelOffice: "KEPALA BIRO KEPEGAWAIAN"),
        Issuer(kind: .menteri, title: "KEPALA BADAN PUSAT STATISTIK", place: "Jakarta", letterhead: ["BADAN PUSAT STATISTIK", "Jl. Dr. Sutomo 6-8 Jakarta 10710 Telp. (021) 3841195"], personnelOffice: "KEPALA BIRO SUMBER DAYA MANUSIA"),
        Issuer(kind: .menteri, title: "MENTERI PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", place: "Jakarta", letterhead: ["KEMENTERIAN PENDIDIKAN, KEBUDAYAAN,", "RISET, DAN TEKNOLOGI", "Jalan Jenderal Sudirman, Senayan, Jakarta 10270"], personnelOffice: "KEPALA BIRO SUMBER DAYA MANUSIA"),
        local(.gubernur, "JAWA TENGAH", "Semarang", "BADAN KEPEGAWAIAN DAERAH", "Jalan Stadion Selatan Nomor 1 Semarang 50136 Telepon (024) 8311174"),
        local(.gubernur, "JAWA TIMUR", "Surabaya", "BADAN KEPEGAWAIAN DAERAH", "Jl. Jemur Andayani I Surabaya 60236"),
        local(.gubernur, "SUMATERA BARAT", "Padang", "BADAN KEPEGAWAIAN DAERAH", "Jalan Jenderal Sudirman No. 51 Padang"),
        local(.gubernur, "KALIMANTAN TIMUR", "Samarinda", "BADAN KEPEGAWAIAN DAERAH", "Jl. Kesuma Bangsa No. 2 Samarinda 75121"),
        local(.walikota, "SURAKARTA", "Surakarta", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Jenderal Sudirman No. 2 Surakarta 57111"),
        local(.walikota, "SEMARANG", "Semarang", "BADAN KEPEGAWAIAN DAN PENDIDIKAN DAN PELATIHAN", "Jl. Pemuda No. 148 Semarang"),
        local(.walikota, "BANDUNG", "Bandung", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Wastukancana No. 2 Bandung 40117"),
        local(.walikota, "MEDAN", "Medan", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Kapten Maulana Lubis No. 2 Medan"),
        local(.bupati, "SLEMAN", "Sleman", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Parasamya No. 1 Beran, Tridadi, Sleman 55511"),
        local(.bupati, "BANYUMAS", "Purwokerto", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Kabupaten No. 1 Purwokerto 53114"),
        local(.bupati, "SIDOARJO", "Sidoarjo", "BADAN KEPEGAWAIAN DAERAH", "Jl. Sultan Agung No. 37 Sidoarjo"),
        local(.bupati, "GARUT", "Garut", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Pembangunan No. 183 Garut 44151"),
        local(.bupati, "GIANYAR", "Gianyar", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Ngurah Rai No. 20 Gianyar"),
    ]

    static let unseenIssuers: [Issuer] = [
        Issuer(kind: .presiden, title: "PRESIDEN REPUBLIK INDONESIA", place: "Jakarta", letterhead: ["PRESIDEN REPUBLIK INDONESIA"], personnelOffice: "DEPUTI BIDANG ADMINISTRASI APARATUR"),
        Issuer(kind: .menteri, title: "MENTERI KESEHATAN REPUBLIK INDONESIA", place: "Jakarta", letterhead: ["KEMENTERIAN KESEHATAN", "REPUBLIK INDONESIA", "Jalan H.R. Rasuna Said Blok X5 Kav. 4-9 Jakarta 12950"], personnelOffice: "KEPALA BIRO ORGANISASI DAN SUMBER DAYA MANUSIA"),
        Issuer(kind: .menteri, title: "KEPALA BADAN METEOROLOGI, KLIMATOLOGI, DAN GEOFISIKA", place: "Jakarta", letterhead: ["BADAN METEOROLOGI, KLIMATOLOGI, DAN GEOFISIKA", "Jl. Angkasa I No. 2 Kemayoran Jakarta 10720"], personnelOffice: "KEPALA BIRO SUMBER DAYA MANUSIA DAN ORGANISASI"),
        Issuer(kind: .menteri, title: "MENTERI PERTANIAN REPUBLIK INDONESIA", place: "Jakarta", letterhead: ["KEMENTERIAN PERTANIAN", "Jalan Harsono RM No. 3 Ragunan Jakarta 12550"], personnelOffice: "KEPALA BIRO ORGANISASI DAN KEPEGAWAIAN"),
        local(.gubernur, "SULAWESI SELATAN", "Makassar", "BADAN KEPEGAWAIAN DAERAH", "Jl. Urip Sumoharjo No. 269 Makassar 90231"),
        local(.gubernur, "NUSA TENGGARA TIMUR", "Kupang", "BADAN KEPEGAWAIAN DAERAH", "Jl. Polisi Militer No. 2 Kupang"),
        local(.gubernur, "PAPUA", "Jayapura", "BADAN KEPEGAWAIAN DAERAH", "Jl. Soa Siu Dok II Jayapura"),
        local(.walikota, "MAKASSAR", "Makassar", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jalan Ahmad Yani No. 2 Makassar"),
        local(.walikota, "AMBON", "Ambon", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Sultan Hairun No. 1 Ambon"),
        local(.walikota, "PONTIANAK", "Pontianak", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Rahadi Usman No. 3 Pontianak"),
        local(.bupati, "GOWA", "Sungguminasa", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Mesjid Raya No. 30 Sungguminasa"),
        local(.bupati, "SIKKA", "Maumere", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. El Tari No. 1 Maumere"),
        local(.bupati, "ACEH BESAR", "Kota Jantho", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "Jl. Prof. A. Majid Ibrahim Kota Jantho"),
    ]
}
