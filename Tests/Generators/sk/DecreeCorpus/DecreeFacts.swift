import DecreeEntities

/// A calendar day in the generator (no Foundation dates: the corpus must not depend on time zones).
struct Day {
    var day: Int, month: Int, year: Int

    static let names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    static let old = [2: "Pebruari", 11: "Nopember"]
    static let short = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The date in one of the ways letters write it; `style` picks the way.
    func written(_ style: Int) -> String {
        let name = Self.names[month - 1]
        switch style {
        case 0: return "\(day) \(name) \(year)"
        case 1: return "\(Self.two(day)) \(name) \(year)"
        case 2: return "\(Self.two(day)) \(name.uppercased()) \(year)"
        case 3: return "\(Self.two(day))-\(Self.two(month))-\(year)"
        case 4: return "\(Self.two(day))/\(Self.two(month))/\(year)"
        case 5: return "\(day) \(Self.old[month] ?? name) \(year)"
        case 6: return "\(Self.two(day)).\(Self.two(month)).\(year)"
        case 7: return "\(day) \(Self.short[month - 1]) \(year)"
        case 8: return "\(Self.two(day))-\(Self.short[month - 1])-\(year)"
        case 9: return "\(year)-\(Self.two(month))-\(Self.two(day))"
        default: return "\(Self.two(day)) - \(Self.two(month)) - \(year)"
        }
    }

    static func random(_ years: ClosedRange<Int>, rng: inout SeededGenerator) -> Day {
        let month = rng.int(1...12)
        return Day(day: rng.int(1...(month == 2 ? 28 : 30)), month: month, year: rng.int(years))
    }
}

/// Everything one decree states, drawn at random; templates only decide how it is written.
struct DecreeFacts {
    var issuer: Issuer
    var nomorSK: String
    var lg: String
    var lgDate: Day
    var name: (printed: String, bare: String)
    var nip: String
    var birthPlace: String
    var birthDate: Day
    var tmt: Day
    var oldRank: Int
    var newRank: Int
    var signed: Day
    var signer: String
    var certifier: (name: String, nip: String)
    var yearsOfService: (Int, Int)
    var salary: Int
    var position: String
    var unit: String
    var dateStyle: Int

    static let places = ["Yogyakarta", "Klaten", "Magelang", "Surabaya", "Bandung", "Medan", "Padang", "Denpasar", "Makassar", "Palembang",
                         "Malang", "Kediri", "Cirebon", "Tasikmalaya", "Pekalongan", "Tegal", "Jember", "Bukittinggi", "Kupang", "Manado"]
    static let positions = ["Guru Ahli Pertama", "Analis Kepegawaian Ahli Muda", "Pranata Komputer Terampil", "Perawat Ahli Pertama",
                            "Penyuluh Pertanian Ahli Muda", "Auditor Ahli Pertama", "Pengelola Keuangan", "Arsiparis Ahli Pertama",
                            "Statistisi Ahli Muda", "Dokter Ahli Madya", "Bidan Terampil", "Pengadministrasi Umum", "Kepala Seksi Perencanaan"]
    static let units = ["SD Negeri 2 Ngaglik", "Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah", "Sekretariat Daerah",
                        "RSUD Dr. Soetomo", "Dinas Pendidikan dan Kebudayaan", "Kantor Kecamatan Depok", "SMP Negeri 1 Wates",
                        "Dinas Pertanian dan Pangan", "Inspektorat Daerah", "Direktorat Jenderal Pajak", "Puskesmas Kalasan"]

    static func nip(birth: Day, rng: inout SeededGenerator) -> String {
        let cpnsYear = min(2023, birth.year + rng.int(20...30))
        return "\(birth.year)\(Day.two(birth.month))\(Day.two(birth.day))\(cpnsYear)\(Day.two(rng.int(1...12)))\(rng.int(1...2))00\(rng.int(1...9))"
    }

    static func make(issuer: Issuer, unseen: Bool, rng: inout SeededGenerator) -> DecreeFacts {
        let birth = Day.random(1962...1998, rng: &rng)
        let tmtYear = rng.int(2018...2025)
        let tmt = Day(day: 1, month: rng.pick([4, 10, 4, 10, 2, 6, 8, 12]), year: tmtYear)
        let lgDate = Day(day: rng.int(1...28), month: max(1, tmt.month - rng.int(1...3)), year: tmtYear)
        let signed = Day(day: min(28, lgDate.day + rng.int(1...20)), month: lgDate.month, year: tmtYear)
        let newRank: Int
        switch issuer.kind {
        case .presiden: newRank = rng.int(14...16)
        case .menteri: newRank = rng.int(5...13)
        default: newRank = rng.int(1...13)
        }
        let oldRank = newRank - 1
        let yy = String(tmtYear % 100)
        let serial = String(rng.int(1...99_999))
        let padded = String(repeating: "0", count: 5 - serial.count) + serial
        let nomor: String
        switch issuer.kind {
        case .presiden: nomor = rng.pick(["\(padded)/KEP/AA/\(rng.int(10_000...19_999))/\(yy)", "\(rng.int(1...200))/KP Tahun \(tmtYear)"])
        case .menteri: nomor = rng.pick(["KEP-\(rng.int(100...9_999))/SJ/UP.6/\(tmtYear)", "\(rng.int(10...999))/KMK.01/UP.61/\(tmtYear)", "B-\(rng.int(100...9_999))/Kp.02.1/\(tmtYear)", "\(padded)/BPS/\(rng.int(1...9))100/\(tmtYear)"])
        case .gubernur: nomor = rng.pick(["823.3/\(rng.int(100...9_999))/BKD/\(tmtYear)", "821.2/KEP/\(rng.int(10...999))/\(tmtYear)", "800/\(rng.int(100...9_999))/\(tmtYear)"])
        case .walikota, .bupati: nomor = rng.pick(["823.3/\(rng.int(100...9_999))/BKPSDM/\(tmtYear)", "800/\(rng.int(10...999))/KPTS/\(tmtYear)", "188.45/\(rng.int(100...999))/KEP/\(tmtYear)", "823/\(padded)/\(tmtYear)"])
        }
        let certifierBirth = Day.random(1965...1980, rng: &rng)
        return DecreeFacts(
            issuer: issuer, nomorSK: nomor, lg: "LG-\(yy)\(rng.int(100...499))\(String(rng.int(100_000...999_999)))",
            lgDate: lgDate, name: PersonNames.make(unseen: unseen, rng: &rng),
            nip: nip(birth: birth, rng: &rng), birthPlace: rng.pick(places), birthDate: birth, tmt: tmt,
            oldRank: oldRank, newRank: newRank, signed: signed,
            signer: PersonNames.make(unseen: unseen, rng: &rng).printed.uppercased(),
            certifier: (PersonNames.make(unseen: unseen, rng: &rng).printed, nip(birth: certifierBirth, rng: &rng)),
            yearsOfService: (rng.int(4...28), rng.int(0...11)), salary: rng.int(2_400...5_900) * 1_000,
            position: rng.pick(positions), unit: rng.pick(units),
            dateStyle: unseen ? rng.pick([0, 1, 3, 5, 7, 8, 9, 10, 2, 4]) : rng.pick([0, 1, 1, 2, 3, 4, 5, 6, 7, 0])
        )
    }

    func date(_ d: Day, rng: inout SeededGenerator) -> String { d.written(rng.chance(0.8) ? dateStyle : rng.int(0...10)) }

    /// The NIP in one of its printed forms.
    func nipWritten(_ digits: String, rng: inout SeededGenerator) -> String {
        let c = Array(digits)
        let grouped = "\(String(c[0..<8])) \(String(c[8..<14])) \(c[14]) \(String(c[15..<18]))"
        switch rng.below(10) {
        case 0...5: return grouped
        case 6...8: return digits
        default: return "\(String(c[0..<8])).\(String(c[8..<14])).\(c[14]).\(String(c[15..<18]))"
        }
    }

    /// A rank with its golongan in one of the printed forms, and the text that closes it (a bracket).
    func rankWritten(_ index: Int, rng: inout SeededGenerator) -> (rank: String, after: String) {
        let (golongan, name) = RankGazetteer.ranks[index]
        var shown = name
        if name.hasSuffix("Tingkat I"), rng.chance(0.3) { shown = name.replacingTingkat(rng.pick(["Tk. I", "Tk.I", "TK. I"])) }
        if rng.chance(0.3) { shown = shown.uppercased() }
        switch rng.below(6) {
        case 0: return ("\(shown), \(golongan)", "")
        case 1: return ("\(shown) (\(golongan)", ")")
        case 2: return ("\(shown), golongan ruang \(golongan)", "")
        case 3: return ("\(shown) golongan ruang \(golongan)", "")
        case 4: return ("\(shown) / \(golongan)", "")
        default: return ("\(shown) - \(golongan)", "")
        }
    }
}

extension String {
    func replacingTingkat(_ with: String) -> String {
        guard hasSuffix("Tingkat I") else { return self }
        return String(dropLast("Tingkat I".count)) + with
    }
}
